import { describe, expect, it } from 'vitest';
import { planVariantSchema } from '../../../src/core/scenario/schema';
import { applyPlanVariant } from '../../../src/core/plans/applyPlanVariant';
import type { PlanVariantInput } from '../../../src/core/scenario/types';
import { validateScenario } from '../../../src/core/scenario/validate';
import { checkBackup, sealOf, serializeBackup } from '../../../src/renderer/backup/backupDocument';
import type { AppDB } from '../../../src/renderer/db/AppDB';
import { createBackup, restoreBackup } from '../../../src/renderer/db/backups';
import { replaceHousehold } from '../../../src/renderer/db/household';
import { readHousehold } from '../../../src/renderer/db/householdRead';
import {
  adoptPlanVariant,
  deletePlanVariant,
  duplicatePlanVariant,
  savePlanVariant,
  updatePlanVariant,
} from '../../../src/renderer/db/planVariants';
import { namedPlanVariants, toScenarioInput } from '../../../src/renderer/db/scenarioRows';
import { undoChange } from '../../../src/renderer/db/undo';
import { freshDb } from '../dbTestUtil';
import { seedHousehold } from '../seedHousehold';

/** 方案 A: the proposed waiver agreed, 500 more a month, snowball, a lower rate from March. */
const planA: PlanVariantInput = {
  strategy: 'snowball',
  paymentLimit: '2500.00',
  extras: [{ name: '家人帮忙', amount: '500.00', frequency: 'monthly' }],
  agreements: [
    {
      debtId: 'huabei-1',
      agreement: { kind: 'waiver', date: '2026-12-01', penalty: 'all', status: 'proposed' },
    },
  ],
  rateChanges: [
    { debtId: 'huabei-1', change: { date: '2027-03-01', penaltyRate: { daily: '0.0002' } } },
  ],
  delayMonths: 2,
};

async function scenarioOf(database: AppDB) {
  const validation = validateScenario(toScenarioInput(await readHousehold(database), 'CNY'));
  if (!validation.ok) throw new Error('invalid household');
  return validation.scenario;
}

describe('方案 in the database', () => {
  it('saves, renames, duplicates, and deletes with undo', async () => {
    const database = freshDb();
    const a = await savePlanVariant('A', planA, database);
    await savePlanVariant('B', { strategy: 'avalanche' }, database);
    await updatePlanVariant(a, { name: 'A：停息挂账' }, database);
    const copy = await duplicatePlanVariant(a, 'A：停息挂账（副本）', database);
    const rows = await database.planVariants.orderBy('order').toArray();
    expect(rows.map((row) => row.name)).toEqual(['A：停息挂账', 'B', 'A：停息挂账（副本）']);
    expect(rows[2]?.id).toBe(copy);
    expect(rows[2]?.variant).toEqual(planA);

    const undo = await deletePlanVariant(a, database);
    expect(await database.planVariants.count()).toBe(2);
    if (!undo) throw new Error('nothing deleted');
    await undoChange(undo, database);
    expect((await database.planVariants.get(a))?.name).toBe('A：停息挂账');
  });

  it('adopting makes the household plan what the 方案 planned (but the delay), in one undoable change', async () => {
    const database = freshDb();
    await seedHousehold(database);
    const id = await savePlanVariant('A', planA, database);
    const before = await readHousehold(database);
    const expected = applyPlanVariant(
      await scenarioOf(database),
      planVariantSchema.parse({ ...planA, delayMonths: 0 }),
    );

    const undo = await adoptPlanVariant(id, '2026-12-02', database);
    expect(await scenarioOf(database)).toEqual(expected);
    const household = await readHousehold(database);
    // The waiver already proposed is now agreed: not a second one.
    expect(household.agreements.map((row) => row.agreement.status)).toEqual(['agreed']);
    expect((await database.planVariants.get(id))?.adoptedOn).toBe('2026-12-02');

    // Adopting again adds nothing twice.
    await adoptPlanVariant(id, '2026-12-03', database);
    expect(await scenarioOf(database)).toEqual(expected);

    if (!undo) throw new Error('nothing adopted');
    await undoChange(undo, database);
    const undone = await readHousehold(database);
    expect(undone.extras).toEqual([]);
    expect(undone.household).toEqual(before.household);
    expect(undone.debts).toEqual(before.debts);
    expect(undone.agreements.map((row) => row.agreement.status)).toEqual(['proposed']);
  });

  it('go into backups and come back on restore', async () => {
    const database = freshDb();
    await seedHousehold(database);
    await savePlanVariant('A', planA, database);
    const rows = await database.planVariants.toArray();
    const text = serializeBackup(await createBackup('0.1.0', { database }));
    await database.planVariants.clear();
    const check = await checkBackup(text);
    if (!check.ok) throw new Error(`refused: ${JSON.stringify(check.problem)}`);
    expect(check.summary.counts.planVariants).toBe(1);
    await restoreBackup(check.backup, database);
    expect(await database.planVariants.toArray()).toEqual(rows);
  });

  it('a backup written before 方案 existed still restores', async () => {
    const database = freshDb();
    await seedHousehold(database);
    const backup = await createBackup('0.1.0', { database });
    const { planVariants: _none, ...older } = backup.tables;
    const envelope = { ...backup, tables: older };
    const check = await checkBackup(
      JSON.stringify({ ...envelope, checksum: await sealOf(envelope as typeof backup) }),
    );
    expect(check.ok && check.backup.tables.planVariants).toEqual([]);
  });

  it('a scenario file carries them both ways; a file without them clears the old ones', async () => {
    const database = freshDb();
    await seedHousehold(database);
    await savePlanVariant('A', planA, database);
    const exported = {
      ...toScenarioInput(await readHousehold(database), 'CNY'),
      plans: namedPlanVariants(await database.planVariants.toArray()),
    };
    expect(validateScenario(exported).ok).toBe(true);
    await database.planVariants.clear();
    await replaceHousehold(JSON.parse(JSON.stringify(exported)), database);
    expect(namedPlanVariants(await database.planVariants.toArray())).toEqual([
      { name: 'A', variant: planA },
    ]);
    const { plans: _plans, ...plain } = exported;
    await replaceHousehold(plain, database);
    expect(await database.planVariants.count()).toBe(0);
  });
});
