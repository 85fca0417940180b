import { afterEach } from 'vitest';
import { AppDB } from '../../src/renderer/db/AppDB';

const opened: AppDB[] = [];
let counter = 0;

/** A fresh, empty database per test (fake-indexeddb), deleted afterwards. */
export function freshDb(): AppDB {
  const database = new AppDB(`test-${Date.now()}-${counter++}`);
  opened.push(database);
  return database;
}

afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});
