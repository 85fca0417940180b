import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../../../src/core/scenario/types';
import {
  deleteDebt,
  replaceHousehold,
  saveBudgetItem,
  saveDebt,
  saveHousehold,
} from '../../../src/renderer/db/household';
import { readHousehold } from '../../../src/renderer/db/householdRead';
import { DEFAULT_HORIZON_MONTHS, toScenarioInput } from '../../../src/renderer/db/scenarioRows';
import { undoChange } from '../../../src/renderer/db/undo';
import { freshDb } from '../dbTestUtil';

const fixtures = resolve(import.meta.dirname, '../../../../shared/fixtures/v2');
const scenarioFiles = readdirSync(fixtures).filter((f) => /^\d\d-.*\.scenario\.json$/.test(f));

describe('scenario import and export', () => {
  it('the fixtures include every v2 input, so the round trip below covers them all', () => {
    const texts = scenarioFiles.map((f) => readFileSync(join(fixtures, f), 'utf8')).join('');
    for (const field of ['actuals', 'chargeCap', 'extras', 'rateChanges', 'onBreak']) {
      expect(texts).toContain(`"${field}"`);
    }
  });

  it.each(scenarioFiles)('%s comes back out exactly as it went in', async (file) => {
    const scenario = JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as ScenarioInput;
    const database = freshDb();
    await replaceHousehold(scenario, database);
    // Exported as of the scenario's own date: the app's is today, and the payments before it.
    const today = scenario.actuals?.asOf;
    const exported = toScenarioInput(
      await readHousehold(database),
      scenario.currency ?? 'CNY',
      today,
    );
    const expected = {
      ...scenario,
      currency: scenario.currency ?? 'CNY',
      // A file that names no horizon is planned over the app's own default.
      horizonMonths: scenario.horizonMonths ?? DEFAULT_HORIZON_MONTHS,
      budget: { incomes: [], fixedCosts: [], obligations: [], ...scenario.budget },
    };
    expect(exported).toEqual(expected);
  });

  it('keeps the due day for reminders but leaves it out of the model input', async () => {
    const database = freshDb();
    await saveHousehold({ startDate: '2027-01-01' }, database);
    await saveDebt({ id: 'huabei', name: '花呗', principal: '800.00', dueDay: 10 }, [], database);
    const data = await readHousehold(database);
    expect(data.debts[0]?.dueDay).toBe(10);
    expect(toScenarioInput(data, 'CNY').debts[0]).toEqual({
      id: 'huabei',
      name: '花呗',
      principal: '800.00',
    });
  });

  it('replacing a household removes everything that was there before', async () => {
    const database = freshDb();
    await saveBudgetItem(
      'incomes',
      { name: '旧工资', amount: '1.00', frequency: 'monthly' },
      database,
    );
    await replaceHousehold(
      { version: 1, startDate: '2026-01-01', debts: [{ id: 'a', name: 'A', principal: '10.00' }] },
      database,
    );
    const data = await readHousehold(database);
    expect(data.incomes).toEqual([]);
    expect(data.debts.map((d) => d.id)).toEqual(['a']);
  });
});

describe('debts and their agreements', () => {
  it('saves a debt with its agreements together, and replaces them as a whole', async () => {
    const database = freshDb();
    const debt = { id: 'huabei-1', name: '花呗', principal: '3000.00' };
    const waiver = { kind: 'waiver' as const, date: '2026-12-01', penalty: 'all' };
    const settlement = { kind: 'settlement' as const, date: '2027-01-01', amount: '2000.00' };
    await saveDebt(debt, [waiver, settlement], database);
    await saveDebt({ ...debt, principal: '2900.00' }, [settlement], database);
    const data = await readHousehold(database);
    expect(data.debts).toEqual([{ ...debt, principal: '2900.00', order: 0 }]);
    expect(data.agreements.map((a) => a.agreement)).toEqual([settlement]);
  });

  it('delete then undo restores the debt, its agreements and its place in the custom order', async () => {
    const database = freshDb();
    await saveDebt({ id: 'a', name: 'A', principal: '1.00' }, [], database);
    await saveDebt(
      { id: 'b', name: 'B', principal: '2.00' },
      [{ kind: 'settlement', date: '2027-01-01', amount: '1.00' }],
      database,
    );
    await saveHousehold({ strategy: 'custom', customOrder: ['b', 'a'] }, database);
    const before = await readHousehold(database);
    const snapshot = await deleteDebt('b', database);
    const during = await readHousehold(database);
    expect(during.debts.map((d) => d.id)).toEqual(['a']);
    expect(during.agreements).toEqual([]);
    expect(during.household.customOrder).toEqual(['a']);
    if (!snapshot) throw new Error('nothing deleted');
    await undoChange(snapshot, database);
    expect(await readHousehold(database)).toEqual(before);
  });

  it('plans ten years ahead until a horizon is chosen in Settings, then the chosen one', async () => {
    const database = freshDb();
    expect(toScenarioInput(await readHousehold(database), 'CNY').horizonMonths).toBe(120);
    await saveHousehold({ horizonMonths: 60 }, database);
    expect(toScenarioInput(await readHousehold(database), 'CNY').horizonMonths).toBe(60);
  });
});
