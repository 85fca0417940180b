import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/index';
import { Dec } from '../../../src/core/money';
import { isLongRun, yearAhead } from '../../../src/renderer/dashboard/yearAhead';
import { issue12Household } from '../issue12Household';

/** The household on a lower salary: 6,500 instead of 9,000 leaves 0 a month for the debts. */
function shortHousehold() {
  const household = issue12Household();
  const [salary, ...rest] = household.budget.incomes;
  if (!salary) throw new Error('no salary');
  return {
    ...household,
    budget: { ...household.budget, incomes: [{ ...salary, amount: '6500' }, ...rest] },
  };
}

describe('the headline of a plan that does not end', () => {
  it('is the next year: what is owed now and after 12 months, from the plan itself', () => {
    const scenario = shortHousehold();
    const result = plan(scenario);
    expect(result.summary.debtFree).toBe(false);
    expect(isLongRun(result.summary)).toBe(true);
    const year = yearAhead(scenario, result);
    expect(year.months).toBe(12);
    expect(year.now).toBe('57300.00');
    const owed = (result.schedule[11]?.debts ?? []).reduce((t, d) => t.plus(d.balance), new Dec(0));
    expect(year.after).toBe(owed.toFixed(2));
    expect(new Dec(year.change).isPositive()).toBe(true);
    // Never the compounded figure of the whole horizon.
    const total = new Dec(result.summary.totalInterest).plus(result.summary.totalPenalty);
    expect(new Dec(year.change).lt(total)).toBe(true);
  });

  it('is the total cost for a plan that ends within five years', () => {
    const result = plan(issue12Household());
    expect(result.summary.debtFree).toBe(true);
    expect(isLongRun(result.summary)).toBe(false);
    expect(isLongRun({ debtFree: true, months: 61 })).toBe(true);
  });
});
