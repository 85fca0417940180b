import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  dueDateIn,
  dueItems,
  thisMonthAndNext,
} from '../../../src/renderer/dues/dueList';
import { household } from './duesFixture';

describe('dueDateIn', () => {
  it('finds the due day in the month the period starts or the next', () => {
    expect(dueDateIn('2027-01-01', '2027-02-01', 10)).toBe('2027-01-10');
    expect(dueDateIn('2027-01-15', '2027-02-15', 10)).toBe('2027-02-10');
    expect(dueDateIn('2027-01-15', '2027-02-15', 15)).toBe('2027-01-15');
  });

  it('takes the last day of a short month', () => {
    expect(dueDateIn('2027-02-01', '2027-03-01', 31)).toBe('2027-02-28');
    expect(dueDateIn('2028-02-01', '2028-03-01', 30)).toBe('2028-02-29');
  });

  it("falls back to the period's last day when clamping skips the due day", () => {
    // A period from 31 Jan to 28 Feb: the 30th is 30 Jan (before it) and 28 Feb (its end).
    expect(dueDateIn('2027-01-31', '2027-02-28', 30)).toBe('2027-02-27');
  });
});

describe('dueItems', () => {
  it("dates each debt's due on its due day, in date order, this month and next", () => {
    const { result, debts } = household();
    const { from, to } = thisMonthAndNext('2027-01-20');
    expect({ from, to }).toEqual({ from: '2027-01-01', to: '2027-02-28' });
    const items = dueItems(result, debts, from, to);
    expect(items.map((item) => [item.date, item.debtId, item.kind])).toEqual([
      ['2027-01-05', 'card', 'installment'],
      ['2027-01-10', 'huabei', 'minimum'],
      ['2027-02-05', 'card', 'installment'],
      ['2027-02-10', 'huabei', 'minimum'],
      ['2027-02-20', 'friend', 'settlement'],
    ]);
  });

  it("carries the plan's due for that period and flags what breaks an agreement", () => {
    const { result, debts } = household();
    const items = dueItems(result, debts, '2027-01-01', '2027-02-28');
    const dueOf = (month: number, id: string) =>
      result.schedule[month]?.debts.find((debt) => debt.id === id)?.due;
    expect(items[0]).toMatchObject({ amount: dueOf(0, 'card'), breaksAgreement: true });
    expect(items[1]).toMatchObject({ amount: dueOf(0, 'huabei'), breaksAgreement: false });
    expect(items[4]).toMatchObject({ amount: '600.00', breaksAgreement: true, dayKnown: true });
    // The card has no due day: its installments take the agreement's day, which is known.
    expect(items[0]?.dayKnown).toBe(true);
  });

  it('carries what the plan pays the debt in the same month beside its due', () => {
    const { result, debts } = household();
    const items = dueItems(result, debts, '2027-01-01', '2027-02-28');
    const scheduled = (month: number, id: string) =>
      result.schedule[month]?.debts.find((debt) => debt.id === id);
    expect(items[0]?.planned).toBe(scheduled(0, 'card')?.payment);
    expect(items[1]?.planned).toBe(scheduled(0, 'huabei')?.payment);
    expect(items[3]?.planned).toBe(scheduled(1, 'huabei')?.payment);
  });

  it("dates a due without a due day on the period's last day, and says the day is not known", () => {
    const { result } = household();
    const items = dueItems(
      result,
      [{ id: 'huabei', name: '花呗', agreements: [] }],
      '2027-01-01',
      '2027-01-31',
    );
    expect(items).toEqual([
      expect.objectContaining({ date: '2027-01-31', kind: 'minimum', dayKnown: false }),
    ]);
  });

  it('lists nothing for a debt once it is paid', () => {
    const { result, debts } = household();
    const items = dueItems(result, debts, '2027-03-01', '2027-03-31');
    expect(items.some((item) => item.debtId === 'friend')).toBe(false);
  });
});

describe('daysBetween', () => {
  it('counts calendar days across months and years', () => {
    expect(daysBetween('2026-12-29', '2027-01-01')).toBe(3);
    expect(daysBetween('2027-03-01', '2027-02-28')).toBe(-1);
  });
});
