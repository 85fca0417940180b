import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, planDetailed, posted } from '../../../src/core/index';
import { toRate, type RateInput } from '../../../src/core/rates';
import { property, scenario } from '../helpers';

const cents = (max: number) =>
  fc.integer({ min: 1, max }).map((c) => new Dec(c).div(100).toFixed(2));

/** A rate as people type it: a daily one with a few digits, or an annual one (daily = annual / 365). */
const rate: fc.Arbitrary<RateInput> = fc.oneof(
  fc
    .integer({ min: 1, max: 99_999 })
    .map((n) => ({ daily: new Dec(n).div(10_000_000).toString() })),
  fc
    .integer({ min: 1, max: 3_600 })
    .map((bps) => ({ annual: new Dec(bps).div(10_000).toString() })),
);

describe('daily accrual', () => {
  // The engine multiplies rate × days once per plan when every product is exact; the model
  // writes base × rate × days left to right. Both must post the same cents, for exact rates and
  // for those an annual rate gives with more digits than the precision.
  it('posts base × rate × days, multiplied left to right', () => {
    property(
      fc.record({
        principal: cents(100_000_000_000_00),
        overdueShare: fc.integer({ min: 0, max: 100 }),
        interestRate: rate,
        penaltyRate: rate,
        startDate: fc.constantFrom('2027-01-31', '2027-02-10', '2028-02-29', '2027-04-15'),
      }),
      ({ principal, overdueShare, interestRate, penaltyRate, startDate }) => {
        const overdue = posted(new Dec(principal).times(overdueShare).div(100));
        const { result, explanations } = planDetailed(
          scenario({
            startDate,
            horizonMonths: 1,
            debts: [
              {
                id: 'a',
                name: 'a',
                principal,
                overduePrincipal: overdue.toFixed(2),
                interestRate,
                penaltyRate,
              },
            ],
          }),
        );
        const row = result.schedule[0];
        const debt = row?.debts[0];
        const why = explanations.periods[0]?.debts[0];
        if (row === undefined || debt === undefined || why === undefined)
          throw new Error('no first month');
        const days = (Date.parse(row.end) - Date.parse(row.start)) / 86_400_000;
        const exact = (base: Dec, input: RateInput) => base.times(toRate(input).daily).times(days);
        const interest = exact(new Dec(principal).minus(overdue), interestRate);
        const penalty = exact(overdue, penaltyRate);
        // To the last of the 40 digits, not only to the cent: an order that rounds differently
        // shows here long before it moves a cent.
        expect(why.interest?.exact ?? '0').toBe(interest.isZero() ? '0' : interest.toString());
        expect(why.penalty?.exact ?? '0').toBe(penalty.isZero() ? '0' : penalty.toString());
        expect(debt.interest).toBe(posted(interest).toFixed(2));
        expect(debt.penalty).toBe(posted(penalty).toFixed(2));
      },
    );
  });
});
