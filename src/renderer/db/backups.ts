import type { AutoBackupEntry, OpenFileResult, WriteAutoBackupResult } from '../../shared/contract';
import { autoBackupName } from '../../shared/autoBackupName';
import { type AppDB, db as defaultDb } from './AppDB';

/** As long as the desktop keeps its safety backups. */
const KEEP_SAFETY_DAYS = 30;

/**
 * Browser mode's safety backups: the household as it was right before a restore or import
 * replaced it, kept in this browser's storage for 30 days. They protect against a restore
 * chosen by mistake, not against losing the browser's storage (that takes the copy with it):
 * the Data page says so.
 */
export async function keepSafetyBackup(
  content: string,
  now: Date = new Date(),
  database: AppDB = defaultDb,
): Promise<WriteAutoBackupResult> {
  const name = autoBackupName(now, 'safety');
  const oldest = new Date(now.getTime() - KEEP_SAFETY_DAYS * 24 * 60 * 60 * 1000).toISOString();
  return database.transaction('rw', database.safetyBackups, async () => {
    await database.safetyBackups.put({ name, writtenAt: now.toISOString(), content });
    const pruned = await database.safetyBackups.where('writtenAt').below(oldest).delete();
    return { written: true, name, pruned };
  });
}

export async function listSafetyBackups(database: AppDB = defaultDb): Promise<AutoBackupEntry[]> {
  const rows = await database.safetyBackups.orderBy('writtenAt').reverse().toArray();
  return rows.map(({ name, writtenAt, content }) => ({
    name,
    writtenAt,
    size: new Blob([content]).size,
    kind: 'safety',
  }));
}

export async function readSafetyBackup(
  name: string,
  database: AppDB = defaultDb,
): Promise<OpenFileResult> {
  const row = await database.safetyBackups.get(name);
  return row
    ? { opened: true, name, content: row.content }
    : { opened: false, reason: 'unreadable' };
}
