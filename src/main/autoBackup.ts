import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type AutoBackupEntry,
  type AutoBackupKind,
  type OpenFileResult,
  type WriteAutoBackupResult,
} from '../shared/contract';
import { isBackupEnvelopeText } from '../shared/backupEnvelope';
import { syncFolder, writeFileAtomic } from './atomicWrite';
import { autoBackupName, backupsToPrune, parseAutoBackupName } from './backupRetention';
import { readOpenFile } from './fileHandlers';
import { fitsFileLimit } from './fileLimit';

/**
 * The automatic backups under `<userData>/backups`. Only files named like an automatic backup
 * are listed, read or deleted: the renderer names a file, never a path, and a name that is not
 * one of ours is refused here as well as by the IPC schema.
 */
export function createAutoBackupHandlers(folder: string, now: () => Date = () => new Date()) {
  return {
    async writeAutoBackup({
      content,
      kind = 'auto',
    }: {
      content: string;
      kind?: AutoBackupKind;
    }): Promise<WriteAutoBackupResult> {
      // The schema already checked this; checked again because this is the file system.
      if (!isBackupEnvelopeText(content)) {
        return { written: false, reason: 'unwritable', detail: 'not an Ashore backup' };
      }
      if (!fitsFileLimit(content)) {
        return {
          written: false,
          reason: 'unwritable',
          detail: 'larger than the app can read back',
        };
      }
      const at = now();
      const name = autoBackupName(at, kind);
      try {
        await mkdir(folder, { recursive: true });
        await writeFileAtomic(join(folder, name), content);
      } catch (error) {
        return { written: false, reason: 'unwritable', detail: messageOf(error) };
      }
      // The new backup's name reaches the disk before any old backup's name leaves it; if it
      // cannot be flushed, nothing is pruned this time.
      const flushed = await syncFolder(folder).then(
        () => true,
        () => false,
      );
      if (!flushed) return { written: true, name, pruned: 0 };
      // Pruning runs only after the new backup is safely on disk; a failed delete is retried
      // with the next backup and never loses the one just written.
      const doomed = backupsToPrune(await readdir(folder), at);
      const results = await Promise.allSettled(doomed.map((old) => unlink(join(folder, old))));
      return {
        written: true,
        name,
        pruned: results.filter((r) => r.status === 'fulfilled').length,
      };
    },

    async listAutoBackups(): Promise<AutoBackupEntry[]> {
      let names: string[];
      try {
        names = await readdir(folder);
      } catch {
        return [];
      }
      const entries = await Promise.all(
        names.map(async (name) => {
          const parsed = parseAutoBackupName(name);
          if (!parsed) return undefined;
          const info = await stat(join(folder, name)).catch(() => undefined);
          return info?.isFile()
            ? { name, writtenAt: parsed.at.toISOString(), size: info.size, kind: parsed.kind }
            : undefined;
        }),
      );
      return entries
        .filter((entry): entry is AutoBackupEntry => entry !== undefined)
        .sort((a, b) => (a.writtenAt < b.writtenAt ? 1 : a.writtenAt > b.writtenAt ? -1 : 0));
    },

    async readAutoBackup({ name }: { name: string }): Promise<OpenFileResult> {
      if (!parseAutoBackupName(name)) return { opened: false, reason: 'unreadable' };
      return readOpenFile(join(folder, name), name);
    },
  };
}

function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}
