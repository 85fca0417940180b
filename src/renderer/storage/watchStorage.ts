import type { AppDB } from '../db/AppDB';
import { isStorageError, reportWriteFailure } from './storageErrors';
import { updateStorageStatus } from './storageStatus';

/**
 * Asks the browser to keep the database even when the disk runs low (otherwise IndexedDB is
 * "best effort" and may be evicted). Electron and installed apps usually grant it; a refusal
 * is shown as a gentle note in Settings, never as an alarm.
 */
export async function requestPersistentStorage(storage: StorageManager | undefined) {
  if (!storage?.persist) return;
  try {
    const persisted = (await storage.persisted()) || (await storage.persist());
    updateStorageStatus({ persisted });
  } catch {
    updateStorageStatus({ persisted: false });
  }
}

/**
 * Database events another window can cause. On `versionchange` (a newer Ashore opened the
 * database in another window and needs to upgrade it) this window closes its connection so
 * the upgrade can proceed, and asks to be reloaded: it must not go on writing rows in the old
 * shape. Writes attempted after that fail and are reported, never silently dropped.
 */
export function watchDatabase(database: AppDB): void {
  database.on('versionchange', () => {
    database.close();
    updateStorageStatus({ versionChanged: true });
    // false: Dexie's default handling (closing and reopening silently) is replaced by ours.
    return false;
  });
  database.on('blocked', () => updateStorageStatus({ blocked: true }));
  database.on('ready', () => updateStorageStatus({ blocked: false }));
}

/**
 * Writes are transactions: a failure leaves the data as it was. What must not happen is that
 * the failure goes unseen because a click handler dropped the promise (`void save()`): every
 * database rejection nobody handled is reported on the global banner.
 */
export function reportUnhandledStorageErrors(target: Window): void {
  target.addEventListener('unhandledrejection', (event) => {
    if (!isStorageError(event.reason)) return;
    reportWriteFailure(event.reason);
  });
}
