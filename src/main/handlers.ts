import type { App, BrowserWindow, Dialog } from 'electron';
import type { UiLanguage } from '../shared/contract';
import { createAutoBackupHandlers } from './autoBackup';
import { createFileHandlers } from './fileHandlers';
import type { Handlers } from './ipc';
import { type PdfExportDeps, exportPdf } from './pdfExport';

export interface HandlerDeps extends Pick<PdfExportDeps, 'openPrintWindow' | 'printUrl'> {
  /** Shows a system notification; false where the platform has none. */
  showNotification: (title: string, body: string) => boolean;
  app: Pick<App, 'getName' | 'getVersion' | 'getPreferredSystemLanguages'>;
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  getWindow: () => BrowserWindow | undefined;
  /** Where automatic backups are kept: `<userData>/backups`. */
  autoBackupFolder: string;
  /** Rebuilds the native menu in this language. */
  setMenuLanguage: (language: UiLanguage) => void;
}

/** The desktop side of the contract. Each handler receives an argument already validated. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { app, dialog, getWindow } = deps;
  return {
    getAppInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      shell: 'desktop',
      platform: process.platform,
    }),
    getPreferredLanguages: () => app.getPreferredSystemLanguages(),
    ...createFileHandlers(dialog, getWindow),
    exportPdf: (request) => exportPdf(deps, request),
    setMenuLanguage: (language) => deps.setMenuLanguage(language),
    notify: ({ title, body }) => deps.showNotification(title, body),
    ...createAutoBackupHandlers(deps.autoBackupFolder),
  };
}
