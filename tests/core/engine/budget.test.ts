import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/index';
import { scenario } from '../helpers';

const household = (budget: Record<string, unknown>, horizonMonths = 14) =>
  plan(
    scenario({
      startDate: '2027-01-10',
      horizonMonths,
      budget,
      debts: [{ id: 'a', name: 'a', principal: '999999.00' }],
    }),
  );

describe('budget → capacity (model §3)', () => {
  it('activates monthly, yearly and one-off items in their months', () => {
    const result = household({
      incomes: [
        { name: 'pay', amount: '5000.00', endMonth: '2027-10' },
        { name: 'new job', amount: '6000.00', startMonth: '2027-12' },
        { name: 'bonus', amount: '3000.00', frequency: 'yearly', month: 2 },
        { name: 'windfall', amount: '700.00', frequency: 'once', month: '2027-05' },
      ],
      fixedCosts: [{ name: 'rent', amount: '2000.00' }],
      obligations: [{ name: 'insurance', amount: '1200.00', frequency: 'yearly', month: 6 }],
    });
    const capacity = result.schedule.map((row) => row.capacity);
    expect(capacity).toEqual([
      '3000.00', // 2027-01
      '6000.00', // 02: bonus
      '3000.00',
      '3000.00',
      '3700.00', // 05: windfall
      '1800.00', // 06: insurance
      '3000.00',
      '3000.00',
      '3000.00',
      '3000.00', // 10: last month of the old job
      '0.00', // 11: no income
      '4000.00', // 12: new job
      '4000.00',
      '7000.00', // 2028-02: bonus again
    ]);
    expect(result.schedule[10]?.deficit).toBe('2000.00');
    expect(result.summary.affordableMonthly).toBe('3000.00');
  });

  it('posts a percentage reserve, caps at paymentLimit, and shows a deficit unclamped in the headline', () => {
    const reserve = household({
      incomes: [{ name: 'pay', amount: '3333.33' }],
      reserve: { percentOfIncome: '5' },
      paymentLimit: '1000.00',
    });
    expect(reserve.summary.affordableMonthly).toBe('3166.66'); // 3333.33 − 166.67
    expect(reserve.schedule[0]?.capacity).toBe('1000.00');
    const deficit = household({
      incomes: [{ name: 'pay', amount: '1500.00' }],
      fixedCosts: [{ name: 'rent', amount: '2100.00' }],
      reserve: { amount: '100.00' },
    });
    expect(deficit.summary.affordableMonthly).toBe('-700.00');
    expect(deficit.schedule[0]).toMatchObject({
      capacity: '0.00',
      deficit: '700.00',
      paid: '0.00',
    });
  });

  it('counts only monthly items in affordableMonthly, before the payment limit', () => {
    const result = household({
      incomes: [
        { name: 'pay', amount: '4000.00' },
        { name: 'bonus', amount: '9000.00', frequency: 'yearly', month: 1 },
      ],
      paymentLimit: '100.00',
    });
    expect(result.summary.affordableMonthly).toBe('4000.00');
    expect(result.schedule[0]?.capacity).toBe('100.00');
  });
});
