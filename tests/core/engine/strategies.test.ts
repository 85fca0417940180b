import { describe, expect, it } from 'vitest';
import { planDetailed, type Strategy } from '../../../src/core/index';
import { scenario } from '../helpers';

const debts = [
  { id: 'cheap', name: 'c', principal: '3000.00', interestRate: { daily: '0.0002' } },
  { id: 'small', name: 's', principal: '500.00', interestRate: { daily: '0.0003' } },
  {
    id: 'late',
    name: 'l',
    principal: '4000.00',
    overduePrincipal: '100.00',
    penaltyRate: { daily: '0.0006' },
    interestRate: { daily: '0.0001' },
  },
  { id: 'dear', name: 'd', principal: '2000.00', interestRate: { annual: '0.2555' } }, // 0.0007/day
  { id: 'tie', name: 't', principal: '2000.00', interestRate: { daily: '0.0007' } },
  {
    id: 'plan',
    name: 'p',
    principal: '1500.00',
    agreements: [
      { kind: 'installment', date: '2026-12-01', months: 10, method: 'flatFee', rate: '0.02' },
    ],
  },
];

function order(strategy: Strategy, customOrder: string[] = []): string[] {
  const s = scenario({ strategy, customOrder, debts, horizonMonths: 1 });
  return planDetailed(s).explanations.periods[0]?.order ?? [];
}

describe('strategies order the debts afresh each period (model §7)', () => {
  it('avalanche: highest daily cost first (penalty rate when overdue; r×12/365 under an agreement), then smaller balance, then input order', () => {
    // plan: 0.02 × 12 / 365 ≈ 0.000658 a day. dear (0.2555 a year) and tie cost the same 0.0007 a
    // day and owe the same after accrual, so input order decides.
    expect(order('avalanche')).toEqual(['dear', 'tie', 'plan', 'late', 'small', 'cheap']);
  });

  it('snowball: smallest balance first, then higher cost', () => {
    expect(order('snowball')).toEqual(['small', 'plan', 'dear', 'tie', 'cheap', 'late']);
  });

  it('custom: the listed ids, then the rest in input order', () => {
    expect(order('custom', ['late', 'small'])).toEqual([
      'late',
      'small',
      'cheap',
      'dear',
      'tie',
      'plan',
    ]);
  });

  it('minimumOnly: input order', () => {
    expect(order('minimumOnly')).toEqual(debts.map((d) => d.id));
  });
});
