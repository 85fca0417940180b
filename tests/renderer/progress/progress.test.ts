import { describe, expect, it } from 'vitest';
import { plan, validateScenario } from '../../../src/core/index';
import type { ScenarioInput } from '../../../src/core/scenario/types';
import { progressAgainst } from '../../../src/renderer/progress/progress';

const household: ScenarioInput = {
  version: 1,
  startDate: '2027-01-01',
  strategy: 'snowball',
  budget: { incomes: [{ name: 'pay', amount: '2000.00' }] },
  debts: [
    {
      id: 'a',
      name: '花呗',
      principal: '1000.00',
      minimumPayment: { kind: 'fixed', amount: '500.00' },
    },
    {
      id: 'b',
      name: '借呗',
      principal: '3000.00',
      interest: '20.00',
      minimumPayment: { kind: 'fixed', amount: '300.00' },
    },
  ],
};

function planOf(input: ScenarioInput) {
  const checked = validateScenario(input);
  if (!checked.ok) throw new Error(checked.issues.map((issue) => issue.message).join('\n'));
  return plan(checked.scenario);
}

const names = new Map([
  ['a', '花呗'],
  ['b', '借呗'],
]);
const baseline = { scenario: household, result: planOf(household) };

function livedWith(payments: { date: string; debtId: string; amount: string }[], asOf: string) {
  return planOf({ ...household, actuals: { asOf, payments } });
}

describe('progress against the baseline', () => {
  it('has not started before a first month has gone by', () => {
    const progress = progressAgainst(baseline, baseline.result, names, '2027-01-20');
    expect(progress.status).toBe('notStarted');
    expect(progress.repaid).toBe(0);
    expect(progress.chart[0]).toEqual({
      date: '2027-01-01',
      baseline: '4020.00',
      lived: '4020.00',
    });
  });

  it('is on track when what was paid keeps up with the plan', () => {
    const lived = livedWith(
      [
        { date: '2027-01-10', debtId: 'a', amount: '1000.00' },
        { date: '2027-01-10', debtId: 'b', amount: '1000.00' },
      ],
      '2027-02-01',
    );
    const progress = progressAgainst(baseline, lived, names, '2027-02-01');
    expect(progress).toMatchObject({ status: 'onTrack', monthsPast: 1, behindBy: '0.00' });
    expect(progress.debts).toEqual([
      { id: 'a', name: '花呗', planned: '1000.00', paid: '1000.00' },
      { id: 'b', name: '借呗', planned: '1000.00', paid: '1000.00' },
    ]);
    expect(progress.cleared).toEqual([{ id: 'a', name: '花呗', date: '2027-02-01' }]);
    expect(progress.monthsSinceMiss).toBeNull();
    expect(progress.repaid).toBeCloseTo(2000 / 4020, 6);
  });

  it('is behind after a short month, by the balance the plan did not expect', () => {
    const lived = livedWith(
      [
        { date: '2027-01-10', debtId: 'a', amount: '1000.00' },
        { date: '2027-01-10', debtId: 'b', amount: '1000.00' },
        { date: '2027-02-10', debtId: 'b', amount: '100.00' },
      ],
      '2027-03-01',
    );
    const progress = progressAgainst(baseline, lived, names, '2027-03-01');
    expect(progress.status).toBe('behind');
    expect(progress.debts[1]).toEqual({
      id: 'b',
      name: '借呗',
      planned: '3000.00',
      paid: '1100.00',
    });
    // The baseline leaves 20.00 of 借呗 at the end of February (2,000 a month); 1,920.00 is owed.
    expect(progress.behindBy).toBe('1900.00');
    expect(progress.monthsSinceMiss).toBe(0);
    expect(progress.chart.slice(0, 3)).toEqual([
      { date: '2027-01-01', baseline: '4020.00', lived: '4020.00' },
      { date: '2027-02-01', baseline: '2020.00', lived: '2020.00' },
      { date: '2027-03-01', baseline: '20.00', lived: '1920.00' },
    ]);
  });

  it('counts the months since the last due paid short', () => {
    const lived = livedWith(
      [
        { date: '2027-01-10', debtId: 'a', amount: '1000.00' },
        { date: '2027-01-10', debtId: 'b', amount: '100.00' },
        { date: '2027-02-10', debtId: 'b', amount: '1000.00' },
        { date: '2027-03-10', debtId: 'b', amount: '1000.00' },
      ],
      '2027-04-01',
    );
    expect(progressAgainst(baseline, lived, names, '2027-04-01').monthsSinceMiss).toBe(2);
  });
});
