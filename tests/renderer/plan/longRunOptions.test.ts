import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/engine/api';
import { planCost } from '../../../src/core/planCost';
import { monthlyPaymentToClearWithin } from '../../../src/core/whatIf';
import { fixtureBundle, fixtureScenario } from './fixturePlan';

describe('the worker extras step for a plan that never clears', () => {
  // Fixture 10: income does not cover costs, so the plan is never debt-free.
  const bundle = fixtureBundle('10-deficit-do-nothing');
  const scenario = fixtureScenario('10-deficit-do-nothing');

  it('names the payments that clear in 3 and in 5 years', () => {
    expect(bundle.extras.longRun?.clearWithin).toEqual([
      { months: 36, payment: monthlyPaymentToClearWithin(scenario, 36) },
      { months: 60, payment: monthlyPaymentToClearWithin(scenario, 60) },
    ]);
  });

  it('gives the court-upheld view: the same plan charged at most 24 % a year', () => {
    const capped = plan({ ...scenario, chargeCap: { annualRate: '0.24' } });
    const court = bundle.extras.longRun?.courtView;
    expect(court?.debtFree).toBe(capped.summary.debtFree);
    expect(court?.debtFreeDate).toBe(capped.summary.debtFreeDate);
    expect(court?.cost).toBe(planCost(capped.summary).toFixed(2));
    // Capped charges make it cheaper than the plan as charged.
    expect(planCost(capped.summary).lt(planCost(bundle.result.summary))).toBe(true);
  });

  it('is left out for a plan that clears within five years', () => {
    expect(fixtureBundle('03-mixed-avalanche').extras.longRun).toBeUndefined();
  });
});
