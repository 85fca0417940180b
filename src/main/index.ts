import { join } from 'node:path';
import {
  BrowserWindow,
  Menu,
  Notification,
  app,
  dialog,
  ipcMain,
  protocol,
  screen,
  session,
} from 'electron';
import windowIcon from '../../resources/icons/512x512.png?asset';
import { type UiLanguage, menuReadyChannel } from '../shared/contract';
import { APP_ENTRY_URL, trustedOriginFor } from './appOrigin';
import { appSchemePrivileges, serveRendererOn } from './appProtocol';
import { createHandlers } from './handlers';
import { registerIpcHandlers } from './ipc';
import { inputSchemas } from './ipcSchemas';
import { type MenuOptions, installMenu } from './menu';
import { createMenuCommandQueue, watchMenuListener } from './menuCommandQueue';
import { menuLanguageFromSystem } from './menuLabels';
import { hardenSession, hardenWebContents } from './security';
import { appSenderCheck } from './senderCheck';
import { claimSingleInstance } from './singleInstance';
import { askBeforeClosingWithUnsavedWork } from './unsavedWorkPrompt';
import { createMainWindow, createPrintWindow } from './window';
import { fitToDisplays } from './windowState';
import { loadWindowState, rememberWindowState, windowStateFileName } from './windowStateStore';

// Both must happen before `ready`. IndexedDB lives under userData and is keyed by the page's
// origin: pinning the folder name (not the display name, which may be translated or renamed)
// and the app:// origin keeps every user's data where the next version will look for it.
app.setPath('userData', join(app.getPath('appData'), 'Ashore'));
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
// After userData is pinned: the lock is per userData folder. A second launch quits here.
const primary = claimSingleInstance(
  app,
  () => mainWindow,
  () => void openMainWindow(),
);

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const trusted = trustedOriginFor(devServerUrl);
const here = import.meta.dirname;
const preloadPath = join(here, '../preload/index.cjs');
let mainWindow: BrowserWindow | undefined;
const isAppSender = appSenderCheck(trusted, () => mainWindow?.webContents);
const menuCommands = createMenuCommandQueue();
// The UI's language, as the renderer last told it (the system's until then, read once ready):
// native dialogs speak it too.
let uiLanguage: UiLanguage = 'zh-CN';

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

async function openMainWindow(): Promise<void> {
  const stateFile = join(app.getPath('userData'), windowStateFileName);
  const saved = await loadWindowState(stateFile);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  mainWindow = createMainWindow({
    preloadPath,
    url: devServerUrl ?? APP_ENTRY_URL,
    state: fitToDisplays(saved, workAreas),
    ...(process.platform === 'linux' ? { icon: windowIcon } : {}),
  });
  rememberWindowState(mainWindow, stateFile);
  watchMenuListener(mainWindow.webContents, menuCommands);
  askBeforeClosingWithUnsavedWork(mainWindow, () => uiLanguage);
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

function menuOptions(language: UiLanguage): MenuOptions {
  return {
    language,
    isPackaged: app.isPackaged,
    platform: process.platform,
    sendCommand: (command) => menuCommands.send(command),
    quit: () => app.quit(),
  };
}

if (primary)
  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, trusted);
    // In the system's language until the renderer says which one the user chose.
    uiLanguage = menuLanguageFromSystem(app.getPreferredSystemLanguages());
    installMenu(Menu, menuOptions(uiLanguage));
    if (!devServerUrl) serveRendererOn(session.defaultSession, join(here, '../renderer'));
    registerIpcHandlers(
      ipcMain,
      createHandlers({
        app,
        dialog,
        getWindow: () => mainWindow,
        setMenuLanguage: (language) => {
          uiLanguage = language;
          installMenu(Menu, menuOptions(language));
        },
        autoBackupFolder: join(app.getPath('userData'), 'backups'),
        openPrintWindow: (url) => createPrintWindow({ preloadPath, url }),
        showNotification: (title, body) => {
          if (!Notification.isSupported()) return false;
          new Notification({ title, body }).show();
          return true;
        },
        printUrl: (hash) => `${devServerUrl ?? APP_ENTRY_URL}${hash}`,
      }),
      inputSchemas,
      isAppSender,
    );
    ipcMain.on(menuReadyChannel, (event) => {
      if (isAppSender(event)) menuCommands.rendererReady(event.sender);
    });
    void openMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void openMainWindow();
    });
  });

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
