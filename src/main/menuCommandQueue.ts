import type { WebContents } from 'electron';
import { type MenuCommand, menuCommandChannel } from '../shared/contract';

/**
 * How long a menu command waits for a page to listen. A page that loads this slowly is loading
 * after a crash or a reload; a command older than this would act by surprise, so it is dropped.
 */
export const MENU_COMMAND_MAX_WAIT_MS = 30_000;

type Target = Pick<WebContents, 'send' | 'isDestroyed'>;

/**
 * Menu commands on their way to the renderer. A command chosen while no page listens (the
 * window still loading, reloading, or closed on macOS) is kept, not sent into the void, and
 * delivered, in order, once the page's preload says it listens.
 */
export function createMenuCommandQueue(now: () => number = Date.now) {
  let target: Target | undefined;
  let waiting: { command: MenuCommand; at: number }[] = [];
  const listening = () => target !== undefined && !target.isDestroyed();

  return {
    send(command: MenuCommand): void {
      if (listening()) target?.send(menuCommandChannel, command);
      else waiting.push({ command, at: now() });
    },
    /** The page in `contents` listens now: it gets the commands that waited for it. */
    rendererReady(contents: Target): void {
      target = contents;
      const fresh = waiting.filter((entry) => now() - entry.at <= MENU_COMMAND_MAX_WAIT_MS);
      waiting = [];
      for (const { command } of fresh) contents.send(menuCommandChannel, command);
    },
    /** The page that listened is gone (navigating, reloading, crashed, closed). */
    rendererGone(): void {
      target = undefined;
    },
  };
}

export type MenuCommandQueue = ReturnType<typeof createMenuCommandQueue>;

/**
 * Stops delivery to a window's page whenever it is replaced: a new document (a reload) starts
 * without listeners until its preload says otherwise. Hash-route changes keep the same page.
 */
export function watchMenuListener(
  contents: Pick<WebContents, 'on'>,
  queue: Pick<MenuCommandQueue, 'rendererGone'>,
): void {
  contents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) queue.rendererGone();
  });
  contents.on('render-process-gone', () => queue.rendererGone());
  contents.on('destroyed', () => queue.rendererGone());
}
