import type { IndexableType } from 'dexie';
import type { tableNames } from '../backup/backupTables';
import { canonicalJson } from '../backup/checksum';
import { type AppDB, db as defaultDb } from './AppDB';

type TableName = (typeof tableNames)[number];

/** What undoing one change writes back: per table, rows to put back and keys to remove. */
export interface Undo {
  tables: { name: TableName; put: unknown[]; remove: IndexableType[] }[];
}

/** A table's rows by key: all of them, or only those of `only` that exist. */
async function keyed(
  database: AppDB,
  name: TableName,
  only?: readonly IndexableType[],
): Promise<Map<string, [IndexableType, unknown]>> {
  const table = database.table(name);
  if (only) {
    const rows: unknown[] = await table.bulkGet([...only]);
    return new Map(
      only.flatMap((key, i) =>
        rows[i] === undefined ? [] : [[canonicalJson(key), [key, rows[i]]]],
      ),
    );
  }
  const [keys, rows] = await Promise.all([table.toCollection().primaryKeys(), table.toArray()]);
  return new Map(keys.map((key, i) => [canonicalJson(key), [key, rows[i]]]));
}

/**
 * Runs a change in one transaction over the tables it may touch and returns how to undo it:
 * the rows of those tables as they were before (changed or deleted ones), and the keys it
 * added. One mechanism for every deletion the app offers to undo, exact to the row, that
 * leaves alone whatever else changes in the meantime. Undefined when nothing changed.
 * `only`: the change touches these keys alone (in each of its tables), so only their rows are
 * read before and after — a save of one row, not a read of the whole table twice.
 */
export async function changeWithUndo(
  names: readonly TableName[],
  change: () => Promise<unknown>,
  database: AppDB = defaultDb,
  only?: readonly IndexableType[],
): Promise<Undo | undefined> {
  return database.transaction('rw', [...names], async () => {
    const before = await Promise.all(names.map((name) => keyed(database, name, only)));
    await change();
    const after = await Promise.all(names.map((name) => keyed(database, name, only)));
    const tables = names
      .map((name, i) => {
        const was = before[i] ?? new Map();
        const now = after[i] ?? new Map();
        const put = [...was].filter(
          ([id, [, row]]) => !now.has(id) || canonicalJson(now.get(id)?.[1]) !== canonicalJson(row),
        );
        const remove = [...now].filter(([id]) => !was.has(id));
        return { name, put: put.map(([, [, row]]) => row), remove: remove.map(([, [key]]) => key) };
      })
      .filter((table) => table.put.length > 0 || table.remove.length > 0);
    return tables.length > 0 ? { tables } : undefined;
  });
}

/** Puts back what `changeWithUndo` recorded, in one transaction. */
export async function undoChange(undo: Undo, database: AppDB = defaultDb): Promise<void> {
  await database.transaction(
    'rw',
    undo.tables.map((table) => table.name),
    async () => {
      for (const { name, put, remove } of undo.tables) {
        await database.table(name).bulkDelete(remove);
        await database.table(name).bulkPut(put);
      }
    },
  );
}
