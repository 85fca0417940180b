import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL } from '../../src/main/appOrigin';
import { menuCommandChannel, menuReadyChannel } from '../../src/shared/contract';

// The whole electron module, faked far enough for the entry point to get ready and open its
// window: what is checked is how a menu click reaches the page.
const electron = vi.hoisted(() => {
  const ipcListeners = new Map<string, (event: unknown) => void>();
  const state: { menu: MenuItemConstructorOptions[] } = { menu: [] };
  const windows: { webContents: ReturnType<typeof contents> }[] = [];

  function contents() {
    const frame = { url: '' };
    return {
      mainFrame: frame,
      send: vi.fn(),
      isDestroyed: () => false,
      on: vi.fn(),
      setWindowOpenHandler: vi.fn(),
    };
  }

  class FakeWindow {
    webContents = contents();
    constructor() {
      windows.push(this);
    }
    on = vi.fn();
    once = vi.fn();
    loadURL = vi.fn(async (url: string) => {
      this.webContents.mainFrame.url = url;
    });
    static getAllWindows = () => windows;
  }

  const ignored = () => vi.fn();
  return {
    ipcListeners,
    state,
    windows,
    contents,
    app: {
      isPackaged: true,
      getPath: vi.fn((name: string) => `/nonexistent/ashore-test-${name}`),
      setPath: vi.fn(),
      whenReady: vi.fn(() => Promise.resolve()),
      on: vi.fn(),
      quit: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      getPreferredSystemLanguages: vi.fn(() => ['en-US']),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: ignored(),
        setPermissionCheckHandler: ignored(),
        setDevicePermissionHandler: ignored(),
        webRequest: { onBeforeRequest: ignored() },
        protocol: { handle: ignored() },
      },
    },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
      setApplicationMenu: (menu: MenuItemConstructorOptions[]) => (state.menu = menu),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    BrowserWindow: FakeWindow,
    ipcMain: {
      handle: vi.fn(),
      on: vi.fn((channel: string, listener: (event: unknown) => void) =>
        ipcListeners.set(channel, listener),
      ),
    },
    Notification: {},
    dialog: {},
  };
});

vi.mock('electron', () => electron);

function click(id: string) {
  const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? all(item.submenu) : [])]);
  const item = all(electron.state.menu).find((candidate) => candidate.id === id);
  (item?.click as (() => void) | undefined)?.();
}

function sayReady(contents: ReturnType<typeof electron.contents>) {
  electron.ipcListeners.get(menuReadyChannel)?.({
    sender: contents,
    senderFrame: contents.mainFrame,
  });
}

describe('the entry point and the menu', () => {
  it('keeps a command chosen before the page listens, and delivers it to the app window only', async () => {
    await import('../../src/main/index');
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    const [window] = electron.windows;
    if (!window) throw new Error('no window');
    expect(window.webContents.mainFrame.url).toBe(APP_ENTRY_URL);

    click('exportPdf');
    expect(window.webContents.send).not.toHaveBeenCalled();

    // Another web contents (the print window's preload) saying it listens gets nothing.
    const other = electron.contents();
    other.mainFrame.url = APP_ENTRY_URL;
    sayReady(other);
    expect(other.send).not.toHaveBeenCalled();

    sayReady(window.webContents);
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(
      menuCommandChannel,
      'exportPdf',
    );
    click('importScenario');
    expect(window.webContents.send).toHaveBeenLastCalledWith(menuCommandChannel, 'importScenario');
  });
});
