import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BrowserWindow, Dialog, FileFilter } from 'electron';
import {
  type FileKind,
  MAX_OPEN_FILE_BYTES,
  type OpenFileResult,
  type SaveFileRequest,
  type SaveFileResult,
} from '../shared/contract';
import { writeFileAtomic } from './atomicWrite';

const filters: Record<FileKind, FileFilter[]> = {
  scenario: [{ name: '上岸情景 Ashore scenario', extensions: ['json'] }],
  backup: [{ name: '上岸备份 Ashore backup', extensions: ['json'] }],
};

type Dialogs = Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;

/** Native save and open dialogs, and the file I/O behind them. */
export function createFileHandlers(dialog: Dialogs, getWindow: () => BrowserWindow | undefined) {
  return {
    async saveFile({ kind, suggestedName, content }: SaveFileRequest): Promise<SaveFileResult> {
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
      try {
        if ((await stat(path)).size > MAX_OPEN_FILE_BYTES) {
          return { opened: false, reason: 'tooLarge' };
        }
        return { opened: true, name: basename(path), content: await readFile(path, 'utf8') };
      } catch {
        return { opened: false, reason: 'unreadable' };
      }
    },
  };
}
