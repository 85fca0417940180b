import { describe, expect, it } from 'vitest';
import { planCost } from '../../../src/core/planCost';
import { fixtureBundle, fixtureExpected } from './fixturePlan';

describe('one total cost for every view', () => {
  it('is interest, penalty and fees of the plan command’s own totals', () => {
    const { summary } = fixtureExpected('02-huabei-overdue-daily-penalty');
    expect(Number(summary.totalPenalty)).toBeGreaterThan(0);
    const cents = (amount: string) => Math.round(Number(amount) * 100);
    expect(planCost(summary).toFixed(2)).toBe(
      (
        (cents(summary.totalInterest) + cents(summary.totalPenalty) + cents(summary.totalFees)) /
        100
      ).toFixed(2),
    );
  });

  for (const name of ['02-huabei-overdue-daily-penalty', '03-mixed-avalanche', '07-agreements']) {
    it(`${name}: the cost chart ends at the headline's cost`, () => {
      const bundle = fixtureBundle(name);
      expect(bundle.result.summary.debtFree).toBe(true);
      expect(bundle.extras.costTimelines.chosen.at(-1)?.cost).toBe(
        planCost(bundle.result.summary).toFixed(2),
      );
    });
  }

  it('waiting: what a year of paying nothing costs, from the do-nothing series', () => {
    const { extras } = fixtureBundle('03-mixed-avalanche');
    expect(extras.waiting).toEqual({ months: 12, cost: extras.costTimelines.doNothing[11]?.cost });
    expect(Number(extras.waiting.cost)).toBeGreaterThan(0);
  });
});
