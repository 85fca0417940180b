import { describe, expect, it } from 'vitest';
import { monthlyToDaily, toRate } from '../../src/core/rates';
import { Dec } from '../../src/core/money';

describe('rates', () => {
  it("converts along the lenders' convention: annual = daily × 365, monthly = annual / 12", () => {
    const daily = toRate({ daily: '0.0005' });
    expect(daily.annual.toString()).toBe('0.1825');
    expect(daily.monthly.toString()).toBe('0.01520833333333333333333333333333333333333');
    const monthly = toRate({ monthly: '0.01' });
    expect(monthly.annual.toString()).toBe('0.12');
    expect(monthly.daily.eq(new Dec('0.12').div(365))).toBe(true);
    const annual = toRate({ annual: '0.146' });
    expect(annual.daily.toString()).toBe('0.0004');
    expect(annual.monthly.toString()).toBe('0.01216666666666666666666666666666666666667');
  });

  it('treats a missing rate as zero and converts agreement rates for ordering', () => {
    expect(toRate(undefined).daily.isZero()).toBe(true);
    expect(monthlyToDaily(new Dec('0.005')).eq(new Dec('0.06').div(365))).toBe(true);
  });
});
