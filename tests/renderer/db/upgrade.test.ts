import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDB } from '../../../src/renderer/db/AppDB';

/** Each released schema, as it was declared then: a user's database may be at any of them. */
const releasedSchemas: Record<number, Record<string, string>> = {
  1: { settings: 'id' },
};

async function createAtVersion(name: string, version: number): Promise<void> {
  const old = new Dexie(name);
  for (let v = 1; v <= version; v++) {
    const stores = releasedSchemas[v];
    if (stores) old.version(v).stores(stores);
  }
  await old.open();
  await old.table('settings').put({ id: 'app', language: 'en', currency: 'HKD' });
  old.close();
}

describe('schema upgrades', () => {
  it.each(Object.keys(releasedSchemas).map(Number))(
    'a database created at version %i opens at the current version with its data',
    async (version) => {
      const name = `upgrade-from-${version}-${Date.now()}`;
      await createAtVersion(name, version);
      const database = new AppDB(name);
      await database.open();
      expect(database.verno).toBeGreaterThan(version);
      expect(await database.settings.get('app')).toEqual({
        id: 'app',
        language: 'en',
        currency: 'HKD',
      });
      // The tables added since are there and usable.
      await database.debts.put({ id: 'd', name: 'D', principal: '1.00', order: 0 });
      expect(await database.debts.count()).toBe(1);
      await database.delete();
    },
  );
});
