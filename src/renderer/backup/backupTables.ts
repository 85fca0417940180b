import type { BackupTables } from './backupSchema';

// The tables a backup holds, apart from the backup's schemas (backupDocument.ts): watching them
// for changes starts with the app, validating a file only when one is read.

/** Every table of the household's data, in the order a backup writes and restores them. */
export const tableNames = [
  'settings',
  'household',
  'incomes',
  'fixedCosts',
  'obligations',
  'extras',
  'debts',
  'agreements',
  'contacts',
  'evidence',
  'statements',
  'payments',
  'baseline',
  'checkIns',
  'rebases',
  'planVariants',
] as const satisfies readonly (keyof BackupTables)[];
