import type { App, BrowserWindow } from 'electron';

export type FocusableWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>;

/** Brings the window back to the front: un-minimized, shown, focused. */
export function bringToFront(window: FocusableWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * Makes this process the only Ashore running. Two windows writing one database is how data
 * gets lost, so a second launch does not open a window: it quits, and the first instance
 * (told through 'second-instance') comes to the front instead — or, on macOS where the app
 * lives on without windows, opens its window again.
 *
 * Returns false when another instance holds the lock: the caller must then start nothing.
 * The lock is per userData folder, so userData must be set before this is called.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  getWindow: () => FocusableWindow | undefined,
  openWindow: () => void,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = getWindow();
    if (window) bringToFront(window);
    else openWindow();
  });
  return true;
}
