import { canonicalJson } from '../../../src/renderer/backup/checksum';
import { tableNames } from '../../../src/renderer/backup/backupDocument';
import type { AppDB } from '../../../src/renderer/db/AppDB';

/** Every row of every table, as one comparable text. */
export async function contentsOf(database: AppDB): Promise<string> {
  const tables = await database.transaction(
    'r',
    tableNames.map((name) => database[name]),
    () => Promise.all(tableNames.map((name) => database[name].toArray())),
  );
  return canonicalJson(Object.fromEntries(tableNames.map((name, i) => [name, tables[i]])));
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
