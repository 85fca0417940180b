import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './security';
import { type WindowState, defaultWindowState, minimumWindowSize } from './windowState';

// Electronegativity reads only webPreferences written literally inside `new BrowserWindow()`.
// Both windows take secureWebPreferences() (isolation, sandbox, no Node: checked flag by flag
// in tests/main/security.test.ts and securityChecklist.test.ts), so its context-isolation and
// sandbox checks are disabled on these two lines only. Middle-click (auxclick) asks to open a
// window, which hardenWebContents() denies for every URL. A new window gets every check.

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
}

/** A window that is never shown: the print view rendered for printing to PDF. */
export function createPrintWindow({ preloadPath, url }: MainWindowOptions): BrowserWindow {
  const options: BrowserWindowConstructorOptions = {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: secureWebPreferences(preloadPath),
  };
  const window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  void window.loadURL(url);
  return window;
}

export interface AppWindowOptions extends MainWindowOptions {
  /** Size and position remembered from last time, already fitted to the displays. */
  state?: WindowState;
  /** The window icon (Linux: Windows and macOS take it from the executable and bundle). */
  icon?: string;
}

/** The app's single window. It appears once its first frame is painted, so it never flashes. */
export function createMainWindow({
  preloadPath,
  url,
  state = defaultWindowState,
  icon,
}: AppWindowOptions): BrowserWindow {
  const options: BrowserWindowConstructorOptions = {
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    ...(icon ? { icon } : {}),
    show: false,
    title: 'Ashore 上岸',
    backgroundColor: '#f6f8f7',
    webPreferences: secureWebPreferences(preloadPath),
  };
  const window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  window.once('ready-to-show', () => {
    // Maximizing before the first show avoids a flash of the normal size.
    if (state.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(url);
  return window;
}
