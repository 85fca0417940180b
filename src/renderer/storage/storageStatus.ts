/**
 * What the app knows about its storage, for the banner and the Settings note: whether the
 * browser promised to keep the data, whether another window upgraded or is blocking the
 * database, and the last write that failed. A tiny external store (useSyncExternalStore):
 * failures are reported from outside React (event listeners, background backups).
 */
export interface WriteFailure {
  /** The error's name (QuotaExceededError, AbortError, DatabaseClosedError…). */
  name: string;
  message: string;
}

export interface StorageStatus {
  /** navigator.storage.persist(): true granted, false refused, undefined not known (yet). */
  persisted: boolean | undefined;
  /** Another window opened a newer database version: this one is closed until reloaded. */
  versionChanged: boolean;
  /** This window's upgrade waits for another window that holds the old version open. */
  blocked: boolean;
  writeFailure: WriteFailure | undefined;
  /** The last automatic backup that could not be written, with the reason. */
  autoBackupFailure: string | undefined;
}

const initial: StorageStatus = {
  persisted: undefined,
  versionChanged: false,
  blocked: false,
  writeFailure: undefined,
  autoBackupFailure: undefined,
};

let status = initial;
const listeners = new Set<() => void>();

export function getStorageStatus(): StorageStatus {
  return status;
}

export function updateStorageStatus(patch: Partial<StorageStatus>): void {
  status = { ...status, ...patch };
  for (const listener of listeners) listener();
}

export function subscribeToStorageStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For tests: back to a fresh start. */
export function resetStorageStatus(): void {
  updateStorageStatus(initial);
}
