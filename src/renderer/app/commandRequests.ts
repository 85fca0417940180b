import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/contract';

/**
 * Commands from the native menu, delivered to the part of the page that carries them out (the
 * Data page's buttons, the PDF button). A command chosen while that part is not on screen waits
 * until it mounts — the menu navigates there first — but only briefly: a command that found no
 * taker (no plan to export yet) must not fire by surprise when the user gets there later.
 */
const waitMs = 10_000;

const handlers = new Map<MenuCommand, () => void>();
let pending: { command: MenuCommand; at: number } | null = null;

/** Runs the command now if its handler is mounted, else as soon as it mounts. */
export function requestCommand(command: MenuCommand, now: number = Date.now()): void {
  const handler = handlers.get(command);
  if (handler) {
    pending = null;
    handler();
    return;
  }
  pending = { command, at: now };
}

/**
 * Makes `run` the handler of `command` and runs a fresh pending request for it; returns the
 * unregister. Separate from the hook so the rules can be tested without a DOM.
 */
export function registerCommandHandler(
  command: MenuCommand,
  run: () => void,
  now: number = Date.now(),
): () => void {
  handlers.set(command, run);
  if (pending?.command === command) {
    const fresh = now - pending.at <= waitMs;
    pending = null;
    if (fresh) run();
  }
  return () => {
    if (handlers.get(command) === run) handlers.delete(command);
  };
}

/** Registers `handler` as the one that carries out `command` while the component is mounted. */
export function useCommandHandler(command: MenuCommand, handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => registerCommandHandler(command, () => latest.current()), [command]);
}
