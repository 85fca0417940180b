import type { BrowserWindow } from 'electron';
import { writeFileAtomic, writeFileAtomicSync } from './atomicWrite';
import { readTextFileWithin } from './fileLimit';
import { type WindowState, parseWindowState, serializeWindowState } from './windowState';

/** The file under userData that remembers the main window. */
export const windowStateFileName = 'window-state.json';

export type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>;

/** A window state is a few numbers; a larger file is not one. */
const WINDOW_STATE_MAX_BYTES = 4096;

/** The remembered state, or the defaults when there is none or it cannot be read. */
export async function loadWindowState(file: string): Promise<WindowState> {
  const read = await readTextFileWithin(file, WINDOW_STATE_MAX_BYTES).catch(() => undefined);
  return parseWindowState(read?.read ? read.text : undefined);
}

function currentState(window: TrackedWindow): WindowState {
  // Normal bounds, not the maximized ones: un-maximizing next time returns to this size.
  const { x, y, width, height } = window.getNormalBounds();
  return { x, y, width, height, maximized: window.isMaximized() };
}

export interface WindowStateWriters {
  write: (file: string, text: string) => Promise<void>;
  writeSync: (file: string, text: string) => void;
}

const atomicWriters: WindowStateWriters = {
  write: writeFileAtomic,
  writeSync: writeFileAtomicSync,
};

/**
 * Saves the window's size, position and maximized state to `file`, atomically: after moving or
 * resizing settles (a drag fires dozens of events; one write is enough), and once more,
 * synchronously, as the window closes, because the process may exit before an asynchronous
 * write lands. A failed write is logged and forgotten: it costs a window position, not data.
 */
export function rememberWindowState(
  window: TrackedWindow,
  file: string,
  delayMs = 500,
  writers: WindowStateWriters = atomicWriters,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Writes go one after another, so an older state never lands after a newer one.
  let queue = Promise.resolve();

  const saveSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const text = serializeWindowState(currentState(window));
      queue = queue
        .then(() => writers.write(file, text))
        .catch((error: unknown) => console.warn('[ashore] window state not saved:', error));
    }, delayMs);
  };

  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    try {
      writers.writeSync(file, serializeWindowState(currentState(window)));
    } catch (error) {
      console.warn('[ashore] window state not saved:', error);
    }
  });
}
