import { basename } from 'node:path';
import type { BrowserWindow, Dialog, FileFilter } from 'electron';
import {
  type FileKind,
  type OpenFileResult,
  type SaveFileRequest,
  type SaveFileResult,
} from '../shared/contract';
import { writeFileAtomic } from './atomicWrite';
import { fitsFileLimit, readTextFileWithin } from './fileLimit';

const filters: Record<FileKind, FileFilter[]> = {
  scenario: [{ name: '上岸情景 Ashore scenario', extensions: ['json'] }],
  backup: [{ name: '上岸备份 Ashore backup', extensions: ['json'] }],
  text: [{ name: '文本 Text', extensions: ['txt'] }],
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  calendar: [{ name: '日历 iCalendar', extensions: ['ics'] }],
};

type Dialogs = Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;

/** Native save and open dialogs, and the file I/O behind them. */
export function createFileHandlers(dialog: Dialogs, getWindow: () => BrowserWindow | undefined) {
  return {
    async saveFile({ kind, suggestedName, content }: SaveFileRequest): Promise<SaveFileResult> {
      // The schema already checked this; checked again because this is the file system, and
      // before the dialog, so the user is never asked where to put a file that will not be written.
      if (!fitsFileLimit(content)) throw new Error('the file is larger than the app can read back');
      const window = getWindow();
      const options = { defaultPath: suggestedName, filters: filters[kind] };
      const choice = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false };
      await writeFileAtomic(choice.filePath, content);
      return { saved: true, name: basename(choice.filePath) };
    },

    async openFile({ kind }: { kind: FileKind }): Promise<OpenFileResult> {
      const window = getWindow();
      const options = {
        properties: ['openFile' as const],
        filters: [...filters[kind], { name: '*', extensions: ['*'] }],
      };
      const choice = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      const path = choice.filePaths[0];
      if (choice.canceled || !path) return { opened: false, reason: 'canceled' };
      return readOpenFile(path, basename(path));
    },
  };
}

/** Reads a file for the renderer: its text, or why not (never an exception across IPC). */
export async function readOpenFile(path: string, name: string): Promise<OpenFileResult> {
  try {
    const result = await readTextFileWithin(path);
    return result.read
      ? { opened: true, name, content: result.text }
      : { opened: false, reason: result.reason };
  } catch {
    return { opened: false, reason: 'unreadable' };
  }
}
