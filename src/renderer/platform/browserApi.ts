import type { AshoreApi } from '../../shared/contract';
import { printHash } from '../../shared/printRoute';
import { keepSafetyBackup, listSafetyBackups, readSafetyBackup } from '../db/backups';
import { downloadFile, pickFile } from './browserFiles';

/**
 * The contract implemented with what a plain browser offers. Browser mode is how the renderer
 * is developed and tested where Electron cannot run; it must behave like the desktop wherever
 * a browser can.
 */
export const browserApi: AshoreApi = {
  getAppInfo: async () => ({
    name: 'Ashore',
    version: import.meta.env.VITE_APP_VERSION ?? 'dev',
    shell: 'browser',
    platform: navigator.platform || 'web',
  }),
  getPreferredLanguages: async () => [...navigator.languages],
  saveFile: downloadFile,
  openFile: pickFile,
  // A browser cannot write a PDF itself: it shows the print view, whose Print button (and the
  // browser's own printing) saves it as PDF.
  notify: async () => false,
  // No native menu in a browser: nothing to translate, and no command ever arrives.
  setMenuLanguage: async () => undefined,
  onMenuCommand: () => () => undefined,
  exportPdf: async ({ language, lender, plansFirst }) => {
    window.open(printHash(language, lender, plansFirst), '_blank', 'noopener');
    return { saved: false, reason: 'printView' };
  },
  // A web page has no folder of its own to keep backups in, and a second copy in the same
  // browser storage would not survive what loses the first: browser mode keeps no automatic
  // backups. It does keep safety backups there, the data as it was before a restore or import
  // replaced it: that undoes a mistaken restore, which is what they are for.
  writeAutoBackup: async ({ content, kind }) =>
    kind === 'safety' ? keepSafetyBackup(content) : { written: false, reason: 'unsupported' },
  listAutoBackups: () => listSafetyBackups(),
  readAutoBackup: ({ name }) => readSafetyBackup(name),
};
