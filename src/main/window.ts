import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './security';

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
}

/** A window that is never shown: the print view rendered for printing to PDF. */
export function createPrintWindow({ preloadPath, url }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: secureWebPreferences(preloadPath),
  });
  void window.loadURL(url);
  return window;
}

/** The app's single window. It appears once its first frame is painted, so it never flashes. */
export function createMainWindow({ preloadPath, url }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Ashore 上岸',
    backgroundColor: '#f6f8f7',
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
