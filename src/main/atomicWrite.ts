import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { lstat, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A new file holds the user's finances: only the user may read it. */
export const NEW_FILE_MODE = 0o600;

/** The user chose a symbolic link as the file to write: it is refused, never replaced. */
export class SymlinkRefused extends Error {
  override name = 'SymlinkRefused';
  readonly code = 'ESYMLINK';
  constructor(path: string) {
    super(`${path} is a symbolic link; Ashore does not replace a link with a file`);
  }
}

const temporaryFor = (path: string) =>
  join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);

/** The mode the new file gets: the old file's (its owner chose it), else NEW_FILE_MODE. */
function modeAfterWrite(
  existing: { isSymbolicLink(): boolean; mode: number } | undefined,
  path: string,
) {
  if (!existing) return NEW_FILE_MODE;
  if (existing.isSymbolicLink()) throw new SymlinkRefused(path);
  return existing.mode & 0o7777;
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Writes a file so that it is either the old file or the whole new one, never a partial one:
 * the content goes to a temporary file in the same folder (same file system), is flushed to the
 * disk (fsync: a crash after the rename must not leave an empty file), then is renamed over the
 * target. On any error the temporary file is removed and the error passed on.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const existing = await lstat(path).catch((error: unknown) => {
    if (missing(error)) return undefined;
    throw error;
  });
  const mode = modeAfterWrite(existing, path);
  const temporary = temporaryFor(path);
  try {
    const file = await open(temporary, 'wx', mode);
    try {
      await file.writeFile(content);
      // The umask may have narrowed the mode given to open.
      await file.chmod(mode);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/**
 * The same, synchronously: for the last write while a window closes, when the process may exit
 * before an asynchronous write would finish.
 */
export function writeFileAtomicSync(path: string, content: string | Uint8Array): void {
  let existing;
  try {
    existing = lstatSync(path);
  } catch (error) {
    if (!missing(error)) throw error;
  }
  const mode = modeAfterWrite(existing, path);
  const temporary = temporaryFor(path);
  try {
    const fd = openSync(temporary, 'wx', mode);
    try {
      writeFileSync(fd, content);
      fchmodSync(fd, mode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was left behind to remove.
    }
    throw error;
  }
}

/**
 * Flushes a folder's entries (new names, renames) to the disk, so that files about to be
 * deleted are not the only ones a crash leaves. Windows cannot open a folder as a file, and its
 * file systems journal renames themselves.
 */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
