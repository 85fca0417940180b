import { canonicalJson } from '../../../src/renderer/backup/checksum';
import { tableNames } from '../../../src/renderer/backup/backupTables';

type TableName = (typeof tableNames)[number];
import type { AppDB } from '../../../src/renderer/db/AppDB';

/** Every row of every table, as one comparable text. */
export async function contentsOf(database: AppDB): Promise<string> {
  const tables = await database.transaction(
    'r',
    tableNames.map((name) => database[name]),
    () => Promise.all(tableNames.map((name) => database[name].toArray())),
  );
  return normalized(Object.fromEntries(tableNames.map((name, i) => [name, tables[i]])));
}

/** Tables as comparable text: rows in a fixed order (the database returns them by key). */
export function normalized(tables: Partial<Record<TableName, unknown[]>>): string {
  return canonicalJson(
    Object.fromEntries(
      tableNames.map((name) => {
        const rows = tables[name] ?? [];
        return [name, rows.map((row) => canonicalJson(row)).sort()];
      }),
    ),
  );
}

const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/** Object.prototype as it was when the test started: no key added, none replaced. */
export function prototypeIntact(): boolean {
  const probe: Record<string, unknown> = {};
  return (
    Object.getOwnPropertyNames(Object.prototype).sort().join(',') === prototypeKeys &&
    probe['polluted'] === undefined &&
    probe['id'] === undefined &&
    probe['debts'] === undefined &&
    Object.getPrototypeOf(probe) === Object.prototype
  );
}
