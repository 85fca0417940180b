import { describe, expect, it } from 'vitest';
import { plan } from '../../src/core/engine/api';
import { Dec } from '../../src/core/money';
import { validateScenario } from '../../src/core/scenario/validate';
import { applyWhatIf, monthlyPaymentNeeded } from '../../src/core/whatIf';
import { fixtureScenario } from './fixtures';

describe('applyWhatIf', () => {
  const scenario = fixtureScenario('03-');

  it('stays a valid scenario of the model', () => {
    const changed = applyWhatIf(scenario, {
      monthly: '1000.00',
      lumpSum: { month: '2027-02', amount: '5000.00' },
      delayMonths: 3,
    });
    expect(validateScenario(changed).ok).toBe(true);
  });

  it('a delay pays nothing in the waiting months and costs more in the end', () => {
    const base = plan(scenario);
    const delayed = plan(applyWhatIf(scenario, { delayMonths: 3 }));
    for (const row of delayed.schedule.slice(0, 3)) expect(row.paid).toBe('0.00');
    expect(delayed.schedule[3]?.paid).not.toBe('0.00');
    const cost = (r: typeof base) =>
      new Dec(r.summary.totalInterest).plus(r.summary.totalPenalty).plus(r.summary.totalFees);
    expect(cost(delayed).gt(cost(base))).toBe(true);
  });

  it('a lump sum is paid in its month', () => {
    const base = plan(scenario);
    const lump = plan(applyWhatIf(scenario, { lumpSum: { month: '2027-01', amount: '3000.00' } }));
    expect(new Dec(lump.schedule[1]?.paid ?? 0).gt(base.schedule[1]?.paid ?? 0)).toBe(true);
  });

  it('a monthly amount caps what is paid each month', () => {
    const capped = plan(applyWhatIf(scenario, { monthly: '800.00' }));
    for (const row of capped.schedule) expect(new Dec(row.capacity).lte(800)).toBe(true);
  });
});

describe('monthlyPaymentNeeded', () => {
  it('finds the smallest steady payment that is debt-free, one unit less is not', () => {
    const scenario = fixtureScenario('10-');
    const needed = monthlyPaymentNeeded(scenario);
    expect(needed).not.toBeNull();
    const withPayment = (amount: Dec) =>
      plan({
        ...scenario,
        budget: {
          incomes: [{ name: 'p', amount: amount.toFixed(2), frequency: 'monthly' }],
          fixedCosts: [],
          obligations: [],
        },
      }).summary.debtFree;
    expect(withPayment(new Dec(needed ?? 0))).toBe(true);
    expect(withPayment(new Dec(needed ?? 0).minus(1))).toBe(false);
  });
});
