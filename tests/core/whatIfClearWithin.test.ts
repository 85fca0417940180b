import { describe, expect, it } from 'vitest';
import { plan } from '../../src/core/engine/api';
import { Dec } from '../../src/core/money';
import type { Scenario } from '../../src/core/scenario/types';
import { monthlyPaymentToClearWithin } from '../../src/core/whatIf';
import { fixtureScenario } from './fixtures';

/** Debt-free within the horizon paying this much a month and nothing else. */
function clearsWith(scenario: Scenario, horizonMonths: number, amount: Dec): boolean {
  return plan({
    ...scenario,
    horizonMonths,
    budget: {
      incomes: [{ name: 'p', amount: amount.toFixed(2), frequency: 'monthly' }],
      fixedCosts: [],
      obligations: [],
    },
  }).summary.debtFree;
}

describe('monthlyPaymentToClearWithin', () => {
  // Fixture 10 never clears on its own budget: the household asks what would.
  const scenario = fixtureScenario('10-');

  it('is the smallest payment that clears within 3 years; one unit less does not', () => {
    const needed = new Dec(monthlyPaymentToClearWithin(scenario, 36) ?? NaN);
    expect(clearsWith(scenario, 36, needed)).toBe(true);
    expect(clearsWith(scenario, 36, needed.minus(1))).toBe(false);
  });

  it('asks less a month for 5 years than for 3', () => {
    const three = new Dec(monthlyPaymentToClearWithin(scenario, 36) ?? NaN);
    const five = new Dec(monthlyPaymentToClearWithin(scenario, 60) ?? NaN);
    expect(five.lt(three)).toBe(true);
  });

  it('counts the months from asOf when payments are recorded, not from the start', () => {
    // Fixture 15 starts 2027-01-31 with payments recorded until 2027-05-12: 3 months lived.
    const lived = fixtureScenario('15-');
    const needed = new Dec(monthlyPaymentToClearWithin(lived, 12) ?? NaN);
    expect(clearsWith(lived, 3 + 12, needed)).toBe(true);
    expect(clearsWith(lived, 3 + 12, needed.minus(1))).toBe(false);
  });
});
