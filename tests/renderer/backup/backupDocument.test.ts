import { describe, expect, it } from 'vitest';
import {
  type BackupDocument,
  checkBackup,
  sealOf,
  serializeBackup,
} from '../../../src/renderer/backup/backupDocument';
import { tableNames } from '../../../src/renderer/backup/backupTables';
import { checksumOf } from '../../../src/renderer/backup/checksum';
import type { AppDB } from '../../../src/renderer/db/AppDB';
import { createBackup, restoreBackup } from '../../../src/renderer/db/backups';
import { readHousehold } from '../../../src/renderer/db/householdRead';
import { saveLanguage } from '../../../src/renderer/db/settings';
import { freshDb } from '../dbTestUtil';
import { seedHousehold } from '../seedHousehold';

/** The seeded household, with a chosen language too: a backup holds settings as well. */
async function household(database: AppDB) {
  await seedHousehold(database);
  await saveLanguage('zh-CN', database);
}

async function everything(database: AppDB) {
  return Object.fromEntries(
    await Promise.all(tableNames.map(async (name) => [name, await database[name].toArray()])),
  );
}

async function resealed(backup: BackupDocument, tables: unknown): Promise<string> {
  return JSON.stringify({ ...backup, tables, checksum: await sealOf({ ...backup, tables }) });
}

describe('backup and restore', () => {
  it('backup → wipe → restore gives identical data', async () => {
    const database = freshDb();
    await household(database);
    const before = await everything(database);
    const text = serializeBackup(await createBackup('0.1.0', { database: database }));

    await Promise.all(tableNames.map((name) => database[name].clear()));
    expect((await readHousehold(database)).debts).toEqual([]);

    const check = await checkBackup(text);
    if (!check.ok) throw new Error(`refused: ${JSON.stringify(check.problem)}`);
    expect(check.summary).toMatchObject({
      debtNames: ['花呗'],
      totalPrincipal: '3000.00',
      currency: 'CNY',
      counts: { debts: 1, incomes: 1, fixedCosts: 1, agreements: 1 },
    });
    await restoreBackup(check.backup, database);
    expect(await everything(database)).toEqual(before);
  });

  it('refuses a file changed after it was written (checksum)', async () => {
    const database = freshDb();
    await household(database);
    const text = serializeBackup(await createBackup('0.1.0', { database: database }));
    const tampered = text.replace('"3000.00"', '"300.00"');
    expect(await checkBackup(tampered)).toEqual({ ok: false, problem: { kind: 'checksum' } });
  });

  it('refuses a backup whose date is not a date, before anything formats it', async () => {
    const database = freshDb();
    await household(database);
    const backup = await createBackup('0.1.0', { database: database });
    const undated = { ...backup, createdAt: 'not a date' };
    const text = JSON.stringify({ ...undated, checksum: await sealOf(undated) });
    expect(await checkBackup(text)).toEqual({
      ok: false,
      problem: { kind: 'invalid', paths: ['createdAt'] },
    });
  });

  it('seals the whole envelope: a changed date or app version is damage too', async () => {
    const database = freshDb();
    await household(database);
    const backup = await createBackup('0.1.0', {
      database: database,
      now: new Date('2026-11-21T08:00:00.000Z'),
    });
    for (const changed of [
      { ...backup, createdAt: '2020-01-01T00:00:00.000Z' },
      { ...backup, appVersion: '9.9.9' },
    ]) {
      expect(await checkBackup(JSON.stringify(changed))).toEqual({
        ok: false,
        problem: { kind: 'checksum' },
      });
    }
  });

  it('still reads a version 1 backup, whose checksum sealed the tables only', async () => {
    const database = freshDb();
    await household(database);
    const backup = await createBackup('0.1.0', { database: database });
    const old = { ...backup, version: 1, checksum: await checksumOf(backup.tables) };
    const check = await checkBackup(JSON.stringify(old));
    expect(check.ok).toBe(true);
    // …and a version 2 document is not accepted with the old, tables-only seal.
    const downgraded = { ...backup, checksum: await checksumOf(backup.tables) };
    expect(await checkBackup(JSON.stringify(downgraded))).toMatchObject({ ok: false });
  });

  it('restores a backup made before extras, payments, the baseline and check-ins existed', async () => {
    const database = freshDb();
    await household(database);
    const backup = await createBackup('0.1.0', { database: database });
    const {
      extras: _e,
      payments: _p,
      baseline: _b,
      checkIns: _c,
      rebases: _r,
      ...firstRelease
    } = backup.tables;
    const old = { ...backup, version: 1, tables: firstRelease };
    const check = await checkBackup(
      JSON.stringify({ ...old, checksum: await checksumOf(firstRelease) }),
    );
    expect(check).toMatchObject({
      ok: true,
      summary: { counts: { extras: 0, payments: 0, checkIns: 0, rebases: 0 } },
    });
    if (!check.ok) return;
    const into = freshDb();
    await restoreBackup(check.backup, into);
    expect((await readHousehold(into)).debts.map((debt) => debt.name)).toEqual(
      (await readHousehold(database)).debts.map((debt) => debt.name),
    );
  });

  it('tells truncated, foreign, non-JSON and newer files apart', async () => {
    const database = freshDb();
    await household(database);
    const backup = await createBackup('0.1.0', { database: database });
    const text = serializeBackup(backup);
    expect(await checkBackup(text.slice(0, text.length / 2))).toEqual({
      ok: false,
      problem: { kind: 'damaged' },
    });
    expect(await checkBackup('{"version":1,"debts":[]}')).toEqual({
      ok: false,
      problem: { kind: 'foreign' },
    });
    expect(await checkBackup('PK\u0003\u0004 not json')).toEqual({
      ok: false,
      problem: { kind: 'notJson' },
    });
    expect(await checkBackup(JSON.stringify({ ...backup, version: 99 }))).toEqual({
      ok: false,
      problem: { kind: 'newerVersion', version: 99 },
    });
  });

  it('refuses invalid rows even when the checksum matches, naming where', async () => {
    const database = freshDb();
    await household(database);
    const backup = await createBackup('0.1.0', { database: database });
    const badDebt = { ...backup.tables.debts[0], principal: '-5' };
    const check = await checkBackup(await resealed(backup, { ...backup.tables, debts: [badDebt] }));
    expect(check).toEqual({
      ok: false,
      problem: { kind: 'invalid', paths: ['tables.debts[0].principal'] },
    });
  });

  it('refuses agreements of a debt that is not in the file', async () => {
    const database = freshDb();
    await household(database);
    const backup = await createBackup('0.1.0', { database: database });
    const check = await checkBackup(await resealed(backup, { ...backup.tables, debts: [] }));
    expect(check).toEqual({
      ok: false,
      problem: { kind: 'invalid', paths: ['agreements[0].debtId'] },
    });
  });

  it('refuses prototype-pollution keys', async () => {
    const database = freshDb();
    await household(database);
    const backup = await createBackup('0.1.0', { database: database });
    const tables = JSON.parse(
      JSON.stringify(backup.tables).replace('"name":"花呗"', '"name":"花呗","__proto__":{"x":1}'),
    ) as unknown;
    const check = await checkBackup(await resealed(backup, tables));
    expect(check.ok).toBe(false);
    expect({} as Record<string, unknown>).not.toHaveProperty('x');
  });
});
