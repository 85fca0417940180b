import { Dexie } from 'dexie';
import type { AutoBackupEntry, OpenFileResult, WriteAutoBackupResult } from '../../shared/contract';
import { autoBackupName } from '../../shared/autoBackupName';
import type { BackupDocument } from '../backup/backupDocument';
import { tableNames } from '../backup/backupTables';
import type { BackupTables } from '../backup/backupSchema';
import { paymentFromBackup, paymentToBackup } from '../backup/receiptText';
import { type AppDB, db as defaultDb } from './AppDB';

function tablesOf(database: AppDB) {
  return tableNames.map((name) => database[name]);
}

/** Every table, read in one transaction, so the backup is one consistent moment. */
export async function createBackup(
  appVersion: string,
  { database = defaultDb, now = new Date() }: { database?: AppDB; now?: Date } = {},
): Promise<BackupDocument> {
  // Spelled out table by table: BackupTables names every table, so none can be forgotten.
  const tables = await database.transaction('r', tablesOf(database), async () => ({
    settings: await database.settings.toArray(),
    household: await database.household.toArray(),
    incomes: await database.incomes.toArray(),
    fixedCosts: await database.fixedCosts.toArray(),
    obligations: await database.obligations.toArray(),
    extras: await database.extras.toArray(),
    debts: await database.debts.toArray(),
    agreements: await database.agreements.toArray(),
    contacts: await database.contacts.toArray(),
    evidence: await database.evidence.toArray(),
    statements: await database.statements.toArray(),
    payments: await database.payments.toArray(),
    baseline: await database.baseline.toArray(),
    checkIns: await database.checkIns.toArray(),
    rebases: await database.rebases.toArray(),
    planVariants: await database.planVariants.toArray(),
  }));
  // Receipts are read as bytes outside the transaction: it would close while awaiting them.
  const payments = await Promise.all(tables.payments.map(paymentToBackup));
  // The document's module (with the backup's schemas) loads with the first backup, not the app.
  const { sealBackup } = await import('../backup/backupDocument');
  return sealBackup({ ...tables, payments }, appVersion, now);
}

/** Replaces every table with the backup's rows in one transaction: all of it, or nothing. */
export async function restoreBackup(
  backup: BackupDocument,
  database: AppDB = defaultDb,
): Promise<void> {
  // Each table's rows were validated against that table's schema in checkBackup.
  const writes: { [Name in keyof BackupTables]: () => Promise<unknown> } = {
    settings: () => database.settings.bulkAdd(backup.tables.settings),
    household: () => database.household.bulkAdd(backup.tables.household),
    incomes: () => database.incomes.bulkAdd(backup.tables.incomes),
    fixedCosts: () => database.fixedCosts.bulkAdd(backup.tables.fixedCosts),
    obligations: () => database.obligations.bulkAdd(backup.tables.obligations),
    extras: () => database.extras.bulkAdd(backup.tables.extras),
    debts: () => database.debts.bulkAdd(backup.tables.debts),
    agreements: () => database.agreements.bulkAdd(backup.tables.agreements),
    contacts: () => database.contacts.bulkAdd(backup.tables.contacts),
    evidence: () => database.evidence.bulkAdd(backup.tables.evidence),
    statements: () => database.statements.bulkAdd(backup.tables.statements),
    payments: () => database.payments.bulkAdd(backup.tables.payments.map(paymentFromBackup)),
    baseline: () => database.baseline.bulkAdd(backup.tables.baseline),
    checkIns: () => database.checkIns.bulkAdd(backup.tables.checkIns),
    rebases: () => database.rebases.bulkAdd(backup.tables.rebases),
    planVariants: () => database.planVariants.bulkAdd(backup.tables.planVariants),
  };
  await database.transaction('rw', tablesOf(database), async () => {
    for (const name of tableNames) {
      await database[name].clear();
      await writes[name]();
    }
  });
}

/** Whether anything worth keeping has been entered (settings alone are not a household). */
export async function hasHouseholdData(database: AppDB = defaultDb): Promise<boolean> {
  const counts = await Promise.all(
    tableNames.filter((name) => name !== 'settings').map((name) => database[name].count()),
  );
  return counts.some((count) => count > 0);
}

/**
 * Calls `listener` after each committed transaction (of this window or another) that changed
 * the household's tables; drafts and safety backups are not household data. Dexie's
 * `storagemutated` event. Returns the unsubscribe.
 */
export function onHouseholdChanged(listener: () => void, database: AppDB = defaultDb): () => void {
  const watched = tableNames.map((name) => `idb://${database.name}/${name}/`);
  const onMutated = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => watched.some((table) => part.startsWith(table)))) {
      listener();
    }
  };
  Dexie.on('storagemutated', onMutated);
  return () => Dexie.on.storagemutated.unsubscribe(onMutated);
}

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
