import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/index';
import { Dec } from '../../../src/core/money';
import {
  monthTotals,
  scheduleLines,
  unpaidDue,
} from '../../../src/renderer/plan/schedule/scheduleLines';
import { issue12Household } from '../issue12Household';

const { schedule } = plan(issue12Household());

describe('the schedule, one line a month', () => {
  it('shows what was due and could not be paid, never a zero beside unpaid dues', () => {
    const first = schedule[0];
    if (!first) throw new Error('no first month');
    const totals = monthTotals(first);
    const unpaid = first.debts.reduce(
      (sum, debt) => sum.plus(new Dec(debt.due).minus(debt.payment)),
      new Dec(0),
    );
    expect(unpaid.isPositive()).toBe(true);
    expect(totals.unpaid).toBe(unpaid.toFixed(2));
    expect(first.deficit).toBe('0.00'); // the old "缺口" column: zero while dues go unpaid
  });

  it('sums each month over its debts, and the balance is what is still owed', () => {
    for (const row of schedule) {
      const totals = monthTotals(row);
      const sum = (key: 'interest' | 'penalty' | 'fees' | 'balance') =>
        row.debts.reduce((total, debt) => total.plus(debt[key]), new Dec(0)).toFixed(2);
      expect(totals).toEqual({
        paid: row.paid,
        interest: sum('interest'),
        penalty: sum('penalty'),
        fees: sum('fees'),
        unpaid: row.debts.reduce((t, d) => t.plus(unpaidDue(d)), new Dec(0)).toFixed(2),
        balance: sum('balance'),
      });
    }
    const last = schedule.at(-1);
    expect(last && monthTotals(last).balance).toBe('0.00');
  });

  it('counts nothing unpaid when more than the due was paid', () => {
    expect(unpaidDue({ due: '100.00', payment: '250.00' })).toBe('0.00');
    expect(unpaidDue({ due: '100.00', payment: '40.50' })).toBe('59.50');
  });

  it('opens a month to its budget and debts, or lists one debt month by month', () => {
    expect(scheduleLines(schedule, new Set(), null)).toHaveLength(schedule.length);
    const opened = scheduleLines(schedule, new Set([0]), null);
    expect(opened.slice(0, 6).map((line) => line.kind)).toEqual([
      'month',
      'budget',
      'debt',
      'debt',
      'debt',
      'debt',
    ]);
    expect(opened).toHaveLength(schedule.length + 1 + 4);
    const huabei = scheduleLines(schedule, new Set([0]), 'huabei');
    expect(huabei.every((line) => line.kind === 'debt' && line.debt.id === 'huabei')).toBe(true);
    expect(huabei.length).toBe(
      schedule.filter((row) => row.debts.some((d) => d.id === 'huabei')).length,
    );
  });
});
