import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { MAX_OPEN_FILE_BYTES } from '../shared/contract';

/**
 * The one size limit for files the app reads and writes, counted in UTF-8 bytes on both sides:
 * a limit in characters would let the app write a Chinese backup (3 bytes a character) that it
 * then refuses to read back.
 */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function fitsFileLimit(text: string, limit = MAX_OPEN_FILE_BYTES): boolean {
  // Every UTF-16 code unit is at least one UTF-8 byte: a longer string is refused uncounted.
  return text.length <= limit && utf8Bytes(text) <= limit;
}

export type BoundedRead = { read: true; text: string } | { read: false; reason: 'tooLarge' };

// Opening a FIFO for reading waits for a writer; without O_NONBLOCK the open never returns.
// (Windows has no O_NONBLOCK and no FIFOs a path can name.)
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file as UTF-8 text, never more than `limit` + 1 bytes: the file is opened,
 * checked to be a regular file on the open descriptor (a FIFO, a device such as /dev/zero or a
 * folder is refused before any read), then read into a buffer of limit + 1 bytes. A file whose
 * size says little about its length (/proc, a file still growing) cannot fill memory either.
 * Errors (missing, unreadable, not a regular file) are thrown for the caller to report.
 */
export async function readTextFileWithin(
  path: string,
  limit = MAX_OPEN_FILE_BYTES,
): Promise<BoundedRead> {
  const file = await open(path, openFlags);
  try {
    const info = await file.stat();
    if (!info.isFile()) throw new Error(`${path}: not a regular file`);
    if (info.size > limit) return { read: false, reason: 'tooLarge' };
    // Only the bytes read are ever decoded, so the buffer need not be zeroed first.
    const buffer = Buffer.allocUnsafe(limit + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > limit) return { read: false, reason: 'tooLarge' };
    return { read: true, text: buffer.toString('utf8', 0, filled) };
  } finally {
    await file.close();
  }
}
