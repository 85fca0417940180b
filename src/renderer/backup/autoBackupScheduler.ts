import { Dexie } from 'dexie';
import type { AshoreApi, WriteAutoBackupResult } from '../../shared/contract';
import type { AppDB } from '../db/AppDB';
import { createBackup, serializeBackup, tableNames } from './backupDocument';

/** How long after the last change the backup is written: a burst of edits makes one backup. */
export const AUTO_BACKUP_DELAY_MS = 30_000;

export interface AutoBackupOptions {
  database: AppDB;
  api: Pick<AshoreApi, 'writeAutoBackup'>;
  appVersion: () => string;
  onResult?: (result: WriteAutoBackupResult) => void;
  delayMs?: number;
}

/** Whether anything worth keeping has been entered (settings alone are not a household). */
async function hasHouseholdData(database: AppDB): Promise<boolean> {
  const counts = await Promise.all(
    tableNames.filter((name) => name !== 'settings').map((name) => database[name].count()),
  );
  return counts.some((count) => count > 0);
}

/**
 * Keeps automatic backups of the database through the desktop shell: one at start and one
 * 30 s after the last committed change. Listens to Dexie's `storagemutated` event, which fires
 * once per committed transaction (of this window or another), so an aborted write schedules
 * nothing worth backing up but does no harm either. An empty database is never backed up: a
 * start after data was lost must not push the good backups out of the retention window, and
 * an unchanged database is not written twice in a row. Returns the stop function.
 */
export function startAutoBackups(options: AutoBackupOptions): () => void {
  const { database, api, onResult, delayMs = AUTO_BACKUP_DELAY_MS } = options;
  const prefix = `idb://${database.name}/`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastChecksum: string | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  async function backUp(): Promise<void> {
    if (stopped || !(await hasHouseholdData(database))) return;
    const backup = await createBackup(database, options.appVersion());
    if (backup.checksum === lastChecksum) return;
    const result = await api.writeAutoBackup({ content: serializeBackup(backup) });
    if (result.written) lastChecksum = backup.checksum;
    // The browser shell keeps no backups: stop building documents nobody stores.
    if (!result.written && result.reason === 'unsupported') stop();
    onResult?.(result);
  }

  // One backup at a time, in order: a slow write never overlaps the next one.
  const queue = () => {
    running = running.then(backUp).catch(() => undefined);
    return running;
  };

  function onMutated(parts: Record<string, unknown>) {
    if (stopped || !Object.keys(parts).some((part) => part.startsWith(prefix))) return;
    clearTimeout(timer);
    timer = setTimeout(() => void queue(), delayMs);
  }

  function stop() {
    stopped = true;
    clearTimeout(timer);
    Dexie.on.storagemutated.unsubscribe(onMutated);
  }

  Dexie.on('storagemutated', onMutated);
  void queue();
  return stop;
}
