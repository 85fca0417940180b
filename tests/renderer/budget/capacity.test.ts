import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  capacitySteps,
  capacityView,
  shortfallOf,
  signOf,
  storedBudget,
} from '../../../src/renderer/budget/capacity';
import { budgetOverview } from '../../../src/core/budgetOverview';
import { saveBudgetItem, saveHousehold } from '../../../src/renderer/db/household';
import { readHousehold } from '../../../src/renderer/db/householdRead';
import { freshDb } from '../dbTestUtil';

async function enteredBudget() {
  const database = freshDb();
  await saveHousehold({ startDate: '2026-07-01', reserve: { percentOfIncome: '10' } }, database);
  await saveBudgetItem('incomes', { name: '工资', amount: '8000', frequency: 'monthly' }, database);
  await saveBudgetItem(
    'incomes',
    { name: '年终奖', amount: '6000', frequency: 'yearly', month: 1 },
    database,
  );
  await saveBudgetItem(
    'fixedCosts',
    { name: '房租', amount: '2500', frequency: 'monthly' },
    database,
  );
  await saveBudgetItem('fixedCosts', { name: '生活费', amount: '1800' }, database);
  await saveBudgetItem(
    'obligations',
    { name: '车贷', amount: '1200', frequency: 'monthly', endMonth: '2027-03' },
    database,
  );
  return { database, data: await readHousehold(database) };
}

describe('the budget as stored', () => {
  it('gives the headline from the monthly items and its breakdown', async () => {
    const { data } = await enteredBudget();
    const stored = storedBudget(data, 'CNY');
    expect(stored.ok).toBe(true);
    if (!stored.ok) return;
    const view = capacityView(data.household.startDate, stored.budget);
    expect(view.overview.affordableMonthly).toMatchObject({
      income: '8000.00',
      fixedCosts: '4300.00',
      obligations: '1200.00',
      reserve: '800.00',
      net: '1700.00',
    });
    expect(view.startMonth).toBe('2026-07');
    expect(view.paymentLimit).toBeNull();
    expect(view.planned).toBe('1700.00');
  });

  it('lists the months in which capacity changes, with the change', async () => {
    const { data } = await enteredBudget();
    const stored = storedBudget(data, 'CNY');
    if (!stored.ok) throw new Error('the stored budget should be valid');
    const steps = capacityView(data.household.startDate, stored.budget).steps;
    // The bonus month: +6000 income, +600 reserve. The car loan's last month is 2027-03.
    expect(steps.slice(0, 4)).toEqual([
      { month: '2026-07', net: '1700.00', delta: null },
      { month: '2027-01', net: '7100.00', delta: '5400.00' },
      { month: '2027-02', net: '1700.00', delta: '-5400.00' },
      { month: '2027-04', net: '2900.00', delta: '1200.00' },
    ]);
  });

  it('caps what the plan pays at the payment limit, but not the headline', async () => {
    const { database } = await enteredBudget();
    await saveHousehold({ paymentLimit: '1000' }, database);
    const data = await readHousehold(database);
    const stored = storedBudget(data, 'CNY');
    if (!stored.ok) throw new Error('the stored budget should be valid');
    const view = capacityView(data.household.startDate, stored.budget);
    expect(view.overview.affordableMonthly.net).toBe('1700.00');
    expect(view.paymentLimit).toBe('1000');
    expect(view.planned).toBe('1000.00');
  });

  it('plans nothing in a month with a shortfall, and says how large it is', async () => {
    const { database } = await enteredBudget();
    await saveBudgetItem('fixedCosts', { name: '医药费', amount: '2200' }, database);
    const data = await readHousehold(database);
    const stored = storedBudget(data, 'CNY');
    if (!stored.ok) throw new Error('the stored budget should be valid');
    const view = capacityView(data.household.startDate, stored.budget);
    expect(view.overview.affordableMonthly.net).toBe('-500.00');
    expect(shortfallOf(view.overview.affordableMonthly.net)).toBe('500.00');
    expect(view.planned).toBe('0.00');
  });

  it('reports stored data the engine would not read instead of using half of it', async () => {
    const { database } = await enteredBudget();
    await database.incomes.put({ id: 'bad', order: 9, name: '坏数据', amount: '12.345' });
    const stored = storedBudget(await readHousehold(database), 'CNY');
    expect(stored).toEqual({ ok: false, detail: 'incomes.2.amount' });
  });
});

describe('capacitySteps', () => {
  it('drops months where the breakdown changes but the net does not', () => {
    const budget = {
      incomes: [
        { name: 'a', amount: '100', frequency: 'monthly' as const, endMonth: '2026-08' },
        { name: 'b', amount: '100', frequency: 'monthly' as const, startMonth: '2026-09' },
      ],
      fixedCosts: [],
      obligations: [],
    };
    const overview = budgetOverview('2026-07-15', budget, 6);
    expect(overview.changes).toHaveLength(1);
    const raise = budgetOverview(
      '2026-07-15',
      {
        ...budget,
        fixedCosts: [{ name: 'c', amount: '50', frequency: 'monthly', startMonth: '2026-09' }],
        incomes: [
          ...budget.incomes,
          { name: 'd', amount: '50', frequency: 'monthly', startMonth: '2026-09' },
        ],
      },
      6,
    );
    expect(raise.changes).toHaveLength(2);
    expect(capacitySteps(raise)).toEqual([{ month: '2026-07', net: '100.00', delta: null }]);
  });
});

describe('shortfallOf and signOf', () => {
  it('reads money strings without floats', () => {
    expect(shortfallOf('1700.00')).toBeNull();
    expect(shortfallOf('0.00')).toBeNull();
    expect(shortfallOf('-0.10')).toBe('0.10');
    expect(signOf('1200.00')).toBe('+');
    expect(signOf('-1200.00')).toBe('');
    expect(signOf('0.00')).toBe('');
  });
});
