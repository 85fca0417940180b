import { isDexieError } from '../db/AppDB';
import { type WriteFailure, updateStorageStatus } from './storageStatus';

// The DOMException names IndexedDB rejects a write with (Dexie wraps most of them in its own
// errors of the same name).
const storageErrorNames = new Set([
  'QuotaExceededError',
  'AbortError',
  'ConstraintError',
  'DataError',
  'DataCloneError',
  'InvalidStateError',
  'TransactionInactiveError',
  'UnknownError',
  'VersionError',
]);

/** Whether a rejection came from the database (as opposed to a bug elsewhere). */
export function isStorageError(reason: unknown): reason is Error {
  if (isDexieError(reason)) return true;
  return reason instanceof DOMException && storageErrorNames.has(reason.name);
}

/** The failure as the banner shows it: a full disk is named, anything else by its error. */
export function writeFailureOf(reason: unknown): WriteFailure {
  if (reason instanceof Error) {
    // Dexie keeps the browser's own error as `inner` (e.g. a QuotaExceededError inside an
    // AbortError when the disk filled up during a transaction).
    const inner = (reason as { inner?: unknown }).inner;
    const quota =
      reason.name === 'QuotaExceededError' ||
      (inner instanceof Error && inner.name === 'QuotaExceededError');
    return { name: quota ? 'QuotaExceededError' : reason.name, message: reason.message };
  }
  return { name: 'Error', message: String(reason) };
}

/** Reports a failed write so the global banner shows it. The transaction wrote nothing. */
export function reportWriteFailure(reason: unknown): void {
  updateStorageStatus({ writeFailure: writeFailureOf(reason) });
}
