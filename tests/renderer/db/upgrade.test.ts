import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppDB } from '../../../src/renderer/db/AppDB';

/** Each released schema, as it was declared then: a user's database may be at any of them. */
const releasedSchemas: Record<number, Record<string, string>> = {
  1: { settings: 'id' },
  2: {
    household: 'id',
    incomes: 'id, order',
    fixedCosts: 'id, order',
    obligations: 'id, order',
    debts: 'id, order',
    agreements: 'id, debtId, order',
  },
  3: {
    contacts: 'id, debtId, at, followUp',
    evidence: 'id, debtId',
    statements: 'debtId',
  },
};

/** Data written at each version, and checked after the upgrade. */
const writtenAt: Record<number, (db: Dexie) => Promise<void>> = {
  1: async (db) => {
    await db.table('settings').put({ id: 'app', language: 'en', currency: 'HKD' });
  },
  2: async (db) => {
    await db.table('debts').put({ id: 'card', name: '信用卡', principal: '20000.00', order: 0 });
    await db.table('agreements').put({
      id: 'a1',
      debtId: 'card',
      order: 0,
      agreement: { kind: 'waiver', date: '2026-12-01', penalty: 'all' },
    });
  },
  3: async (db) => {
    await db.table('household').put({ id: 'household', startDate: '2026-11-01' });
    await db.table('evidence').put({
      id: 'e1',
      debtId: 'card',
      item: 'incomeProof',
      status: 'have',
      note: '工资流水',
    });
  },
};

async function createAtVersion(name: string, version: number): Promise<void> {
  const old = new Dexie(name);
  for (let v = 1; v <= version; v++) {
    const stores = releasedSchemas[v];
    if (stores) old.version(v).stores(stores);
  }
  await old.open();
  for (let v = 1; v <= version; v++) await writtenAt[v]?.(old);
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
      if (version >= 2) {
        expect(await database.debts.get('card')).toMatchObject({ principal: '20000.00' });
        expect((await database.agreements.get('a1'))?.agreement).toEqual({
          kind: 'waiver',
          date: '2026-12-01',
          penalty: 'all',
        });
      }
      if (version >= 3) {
        expect(await database.evidence.get('e1')).toMatchObject({ note: '工资流水' });
        expect(await database.household.get('household')).toEqual({
          id: 'household',
          startDate: '2026-11-01',
        });
      }
      // The tables added since are there and usable.
      await database.payments.put({
        id: 'p',
        debtId: 'card',
        date: '2026-11-20',
        amount: '100.00',
        channel: 'wechat',
        note: '',
        order: 0,
        receipt: { type: 'image/png', blob: new Blob([new Uint8Array([1, 2])]) },
      });
      expect(await database.payments.where('debtId').equals('card').count()).toBe(1);
      await database.extras.put({ id: 'x', order: 0, name: '兼职', amount: '400.00' });
      expect(await database.extras.count()).toBe(1);
      await database.debts.put({ id: 'd', name: 'D', principal: '1.00', order: 1 });
      await database.contacts.put({
        id: 'c',
        debtId: 'd',
        at: '2026-11-21T10:00',
        channel: 'phone',
        who: '',
        said: '',
        answer: '',
        promised: '',
      });
      expect(await database.contacts.count()).toBe(1);
      await database.delete();
    },
  );
});
