import { describe, expect, it } from 'vitest';
import {
  explain,
  findExplanation,
  parseScenarioJson,
  planDetailed,
  type Scenario,
} from '../../../src/core/index';
import { planFixtures, readFixture } from '../fixtures';

function fixture(name: string): Scenario {
  const result = parseScenarioJson(readFixture(`${name}.scenario.json`));
  if (!result.ok) throw new Error('invalid fixture');
  return result.scenario;
}

describe('explanations: why each figure is what it is', { timeout: 60_000 }, () => {
  it('answers "why is this month\'s penalty 77.50?" with the base, rate and days', () => {
    const why = explain(fixture('03-mixed-avalanche'), 0, 'huabei');
    expect(why?.penalty).toMatchObject({
      base: '5000.00',
      baseParts: [{ part: 'overduePrincipal', amount: '5000.00' }],
      rateGiven: { unit: 'daily', value: '0.0005' },
      unit: 'daily',
      days: 31,
      posted: '77.50',
      text: '5000.00 × 0.0005/day × 31 days = 77.5 → 77.50',
    });
    expect(why?.due).toMatchObject({ rule: 'arrears', amount: '5077.50' });
  });

  it('shows a compound penalty base, a late fee and the payment split', () => {
    const { explanations } = planDetailed(fixture('03-mixed-avalanche'));
    const card = explanations.periods[1]?.debts.find((d) => d.id === 'card');
    expect(card?.penalty?.baseParts).toEqual([
      { part: 'overduePrincipal', amount: '131.00' },
      { part: 'unpaidInterest', amount: '0.00' },
      { part: 'unpaidPenalty', amount: '0.00' },
    ]);
    expect(card?.interest?.text).toBe('18279.00 × 0.0005/day × 31 days = 283.3245 → 283.32');
    expect(card?.lateFee?.text).toBe(
      '5% × base 416.35 (shortfall 426.35 less unpaid fees 10.00: no fee on fees) = 20.8175, at least 10.00 → 20.82',
    );
    const first = explanations.periods[0]?.debts.find((d) => d.id === 'card');
    expect(first?.payment).toMatchObject({
      total: '1900.00',
      toInterest: '310.00',
      toPrincipal: '1590.00',
    });
    expect(first?.outcome).toBe('fellBehind');
    expect(first?.due.text).toContain('10% × balance 20310.00 = 2031.00');
    expect(explanations.periods[2]?.budget).toMatchObject({
      income: '14000.00',
      reserve: '700.00',
      capacity: '7600.00',
    });
  });

  it('explains converted rates, installments, waivers and settlements', () => {
    const s = fixture('07-agreements');
    expect(explain(s, 0, 'private')?.interest?.text).toBe('3000.00 × 0.01/month = 30 → 30.00');
    const jiebei = explain(s, 0, 'jiebei');
    expect(jiebei?.events).toEqual([
      expect.objectContaining({ kind: 'waiver', penalty: '300.00' }),
    ]);
    expect(jiebei?.due).toMatchObject({ rule: 'savingForSettlement', amount: '0.00' });
    expect(jiebei?.interest?.text).toBe('0.00 × (0.146/365)/day × 28 days = 0 → 0.00');
    const card = explain(s, 1, 'card');
    expect(card?.events[0]).toMatchObject({
      kind: 'installment',
      balance: '30802.20',
      waived: '50.00',
      total: '30752.20',
    });
    expect(card?.interest).toBeNull();
    expect(card?.installment).toMatchObject({
      number: 1,
      of: 36,
      principal: '854.23',
      interest: '92.26',
      amount: '946.49',
    });
    expect(explain(s, 3, 'jiebei')?.outcome).toBe('settlementFailed');
    expect(explain(s, 99, 'card')).toBeNull();
  });

  it('reports a broken agreement', () => {
    const why = explain(fixture('09-equal-payment-installment-broken'), 0, 'card');
    expect(why?.outcome).toBe('agreementBroken');
    expect(why?.installment?.text).toBe(
      'installment 1 of 24: principal 979.08 + interest 24900.00 × 0.005 = 124.50 = 1103.58',
    );
    expect(why?.end).toMatchObject({
      state: 'overdue',
      principal: '24024.50',
      overduePrincipal: '24024.50',
    });
  });

  it('explains one figure alone exactly as the whole plan explains it', () => {
    for (const f of planFixtures) {
      const s = fixture(f.name);
      const { result, explanations } = planDetailed(s);
      for (const month of [
        0,
        1,
        Math.floor(result.schedule.length / 2),
        result.schedule.length - 1,
      ]) {
        for (const debt of result.schedule[month]?.debts ?? []) {
          expect(explain(s, month, debt.id)).toStrictEqual(
            findExplanation(explanations, month, debt.id),
          );
        }
      }
    }
  });
});
