import { describe, expect, it } from 'vitest';
import { plan, validateScenario } from '../../../src/core/index';
import { checkBackup, serializeBackup } from '../../../src/renderer/backup/backupDocument';
import { rebaseFrom } from '../../../src/renderer/checkIn/rebase';
import { createBackup, restoreBackup } from '../../../src/renderer/db/backups';
import { applyRebase, deleteCheckIn, saveCheckIn } from '../../../src/renderer/db/checkIns';
import {
  deleteDebt,
  replaceHousehold,
  saveDebt,
  saveHousehold,
} from '../../../src/renderer/db/household';
import { readHousehold } from '../../../src/renderer/db/householdRead';
import { savePayment } from '../../../src/renderer/db/payments';
import { toScenarioInput } from '../../../src/renderer/db/scenarioRows';
import { undoChange } from '../../../src/renderer/db/undo';
import type { AppDB } from '../../../src/renderer/db/AppDB';
import { freshDb } from '../dbTestUtil';

const TODAY = '2027-03-10';

/** Two debts from 1 Jan, a waiver granted on 5 Jan, and payments in January and March. */
async function household(database: AppDB) {
  await saveHousehold({ startDate: '2027-01-01' }, database);
  await saveDebt(
    {
      id: 'a',
      name: '花呗',
      kind: 'huabei',
      principal: '1000.00',
      interestRate: { daily: '0.0005' },
      minimumPayment: { kind: 'fixed', amount: '500.00' },
    },
    [],
    database,
  );
  await saveDebt(
    {
      id: 'b',
      name: '借呗',
      kind: 'jiebei',
      principal: '3000.00',
      penalty: '80.00',
      overdue: true,
      penaltyRate: { daily: '0.0005' },
    },
    [{ kind: 'waiver', date: '2027-01-05', penalty: 'all' }],
    database,
  );
  for (const [date, debtId, amount] of [
    ['2027-01-20', 'a', '500.00'],
    ['2027-02-20', 'b', '300.00'],
    ['2027-03-03', 'a', '100.00'],
  ] as const) {
    await savePayment({ debtId, date, amount, channel: 'alipay', note: '' }, database);
  }
}

const figureA = {
  debtId: 'a',
  date: TODAY,
  total: '430.00',
  split: { principal: '400.00', interest: '30.00', penalty: '0.00', fees: '0.00' },
  note: '',
};
const figureB = { debtId: 'b', date: TODAY, total: '3050.00', note: '截图在相册' };
const lenderFigures = [figureA, figureB];

async function rebaseNow(database: AppDB) {
  const data = await readHousehold(database);
  const scenario = toScenarioInput(data, 'CNY', TODAY);
  const checked = validateScenario(scenario);
  if (!checked.ok) throw new Error('invalid household');
  const outcome = rebaseFrom({
    scenario,
    result: plan(checked.scenario),
    debts: data.debts,
    agreements: data.agreements,
    checkIns: await database.checkIns.toArray(),
    payments: data.payments,
    today: TODAY,
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return applyRebase(outcome.change, database);
}

describe('check-ins (核对余额)', () => {
  it('are kept per debt, deleted with undo, and go with their debt', async () => {
    const database = freshDb();
    await household(database);
    const id = await saveCheckIn(figureA, database, new Date('2027-03-10T01:00:00Z'));
    await saveCheckIn(figureB, database, new Date('2027-03-10T02:00:00Z'));
    expect(await database.checkIns.get(id)).toEqual({
      ...figureA,
      id,
      recordedAt: '2027-03-10T01:00:00.000Z',
    });
    const undo = await deleteCheckIn(id, database);
    expect(await database.checkIns.count()).toBe(1);
    if (!undo) throw new Error('nothing to undo');
    await undoChange(undo, database);
    expect(await database.checkIns.count()).toBe(2);
    await deleteDebt('a', database);
    expect((await database.checkIns.toArray()).map((row) => row.debtId)).toEqual(['b']);
  });

  it('are cleared by an import, which replaces the whole household', async () => {
    const database = freshDb();
    await household(database);
    await saveCheckIn(figureA, database);
    const scenario = toScenarioInput(await readHousehold(database), 'CNY', TODAY);
    await replaceHousehold(scenario, database);
    expect(await database.checkIns.count()).toBe(0);
  });
});

describe('re-base: the plan started anew from the lenders’ figures', () => {
  it('moves the start, takes the figures, keeps payments and agreements as history', async () => {
    const database = freshDb();
    await household(database);
    for (const figure of lenderFigures) await saveCheckIn(figure, database);
    await rebaseNow(database);

    const data = await readHousehold(database);
    expect(data.household).toMatchObject({ startDate: TODAY, rebasedOn: TODAY });
    expect(data.payments).toHaveLength(3);
    expect(data.agreements).toHaveLength(1);
    const scenario = toScenarioInput(data, 'CNY', '2027-04-15');
    expect(scenario.startDate).toBe(TODAY);
    // The earlier payments are in the lenders' figures: not applied again.
    expect(scenario.actuals?.payments).toEqual([]);
    const [a, b] = scenario.debts;
    expect(a).toMatchObject({ principal: '400.00', interest: '30.00', penalty: '0.00' });
    // The waiver of 5 January is in the lender's figure: not granted again.
    expect(b).toMatchObject({ principal: '3050.00', overdue: true });
    expect(b && 'agreements' in b).toBe(false);
    expect(validateScenario(scenario).ok).toBe(true);
    const [kept] = await database.rebases.toArray();
    expect(kept).toMatchObject({ date: TODAY, previousStart: '2027-01-01' });
  });

  it('is one change that undo takes back whole', async () => {
    const database = freshDb();
    await household(database);
    for (const figure of lenderFigures) await saveCheckIn(figure, database);
    const before = toScenarioInput(await readHousehold(database), 'CNY', TODAY);
    const undo = await rebaseNow(database);
    if (!undo) throw new Error('nothing to undo');
    await undoChange(undo, database);
    expect(toScenarioInput(await readHousehold(database), 'CNY', TODAY)).toEqual(before);
    expect((await readHousehold(database)).household.rebasedOn).toBeUndefined();
    expect(await database.rebases.count()).toBe(0);
    // The check-ins themselves stay: they were history before the re-base.
    expect(await database.checkIns.count()).toBe(2);
  });

  it('goes into backups with the check-ins, and comes back exactly', async () => {
    const database = freshDb();
    await household(database);
    for (const figure of lenderFigures) await saveCheckIn(figure, database);
    await rebaseNow(database);
    const text = serializeBackup(await createBackup('0.1.0', { database }));
    const check = await checkBackup(text);
    if (!check.ok) throw new Error(`refused: ${JSON.stringify(check.problem)}`);
    expect(check.summary.counts).toMatchObject({ checkIns: 2, rebases: 1 });
    const into = freshDb();
    await restoreBackup(check.backup, into);
    expect(await into.checkIns.toArray()).toEqual(await database.checkIns.toArray());
    expect(await into.rebases.toArray()).toEqual(await database.rebases.toArray());
    expect(await readHousehold(into)).toEqual(await readHousehold(database));
  });

  it('a backup naming a check-in of an unknown debt is refused', async () => {
    const database = freshDb();
    await household(database);
    await saveCheckIn({ ...figureB, debtId: 'gone' }, database);
    const check = await checkBackup(serializeBackup(await createBackup('0.1.0', { database })));
    expect(check).toEqual({
      ok: false,
      problem: { kind: 'invalid', paths: ['checkIns[0].debtId'] },
    });
  });
});
