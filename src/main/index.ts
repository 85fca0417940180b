import { join } from 'node:path';
import { BrowserWindow, Notification, app, dialog, ipcMain, protocol, session } from 'electron';
import { APP_ENTRY_URL, trustedOriginFor } from './appOrigin';
import { appSchemePrivileges, serveRendererOn } from './appProtocol';
import { createHandlers } from './handlers';
import { registerIpcHandlers } from './ipc';
import { inputSchemas } from './ipcSchemas';
import { hardenSession, hardenWebContents } from './security';
import { appSenderCheck } from './senderCheck';
import { createMainWindow, createPrintWindow } from './window';

// Both must happen before `ready`. IndexedDB lives under userData and is keyed by the page's
// origin: pinning the folder name (not the display name, which may be translated or renamed)
// and the app:// origin keeps every user's data where the next version will look for it.
app.setPath('userData', join(app.getPath('appData'), 'Ashore'));
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const trusted = trustedOriginFor(devServerUrl);
const here = import.meta.dirname;
const preloadPath = join(here, '../preload/index.cjs');
let mainWindow: BrowserWindow | undefined;

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preloadPath,
    url: devServerUrl ?? APP_ENTRY_URL,
  });
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

void app.whenReady().then(() => {
  hardenSession(session.defaultSession, trusted);
  if (!devServerUrl) serveRendererOn(session.defaultSession, join(here, '../renderer'));
  registerIpcHandlers(
    ipcMain,
    createHandlers({
      app,
      dialog,
      getWindow: () => mainWindow,
      autoBackupFolder: join(app.getPath('userData'), 'backups'),
      openPrintWindow: (url) => createPrintWindow({ preloadPath, url }),
      showNotification: (title, body) => {
        if (!Notification.isSupported()) return false;
        new Notification({ title, body }).show();
        return true;
      },
      printUrl: (language) => `${devServerUrl ?? APP_ENTRY_URL}#/print/${language}`,
    }),
    inputSchemas,
    appSenderCheck(trusted, () => mainWindow?.webContents),
  );
  openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
