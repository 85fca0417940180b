import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, posted } from '../../../src/core/index';
import { installmentFlows, monthlyIrr } from '../../../src/core/engine/installmentCost';
import type { InstallmentPlan } from '../../../src/core/engine/state';
import { property } from '../helpers';

/** An agreement as applyInstallment sets it up: level and fee posted from T, r and N. */
function agreement(
  method: InstallmentPlan['method'],
  total: Dec,
  rate: Dec,
  months: number,
): InstallmentPlan {
  const level =
    method === 'flatFee' || rate.isZero()
      ? posted(total.div(months))
      : posted(total.times(rate).div(new Dec(1).minus(rate.plus(1).pow(-months))));
  return {
    date: '2027-01-01',
    method,
    rate,
    months,
    total,
    level,
    fee: method === 'flatFee' ? posted(total.times(rate)) : new Dec(0),
    onBreak: 'keep',
    reinstate: null,
    paidCount: 0,
  };
}

describe('the installment IRR (v2 §13)', () => {
  // Newton's method starts from a floating-point guess; whatever the start, the rate must be the
  // root of Σ cₖ / (1+i)ᵏ = T to far below the cent of any APR.
  it('discounts the installments back to the amount, to 25 decimals', () => {
    property(
      fc.record({
        method: fc.constantFrom<InstallmentPlan['method']>('equalPayment', 'flatFee'),
        cents: fc.integer({ min: 100_00, max: 10_000_000_00 }),
        bps: fc.integer({ min: 1, max: 300 }),
        months: fc.integer({ min: 2, max: 72 }),
      }),
      ({ method, cents, bps, months }) => {
        const total = new Dec(cents).div(100);
        const flows = installmentFlows(agreement(method, total, new Dec(bps).div(10_000), months));
        const i = monthlyIrr(total, flows);
        expect(i.gte(0)).toBe(true);
        const v = new Dec(1).div(new Dec(1).plus(i));
        const discounted = flows.reduce((sum, c, k) => sum.plus(c.times(v.pow(k + 1))), new Dec(0));
        expect(discounted.minus(total).abs().lt('1e-25')).toBe(true);
      },
      100,
    );
  });

  it('is 0 when the installments only pay back the amount', () => {
    const total = new Dec('1200.00');
    const flows = installmentFlows(agreement('flatFee', total, new Dec(0), 12));
    expect(monthlyIrr(total, flows).isZero()).toBe(true);
  });
});
