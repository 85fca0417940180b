import { describe, expect, it } from 'vitest';
import { plan, validateScenario } from '../../../src/core/index';
import type { ScenarioInput } from '../../../src/core/scenario/types';
import {
  ashoreFigure,
  openingParts,
  partsDifferences,
  checkInFromDraft,
  checkInsOn,
  newCheckInDraft,
  verdictOf,
} from '../../../src/renderer/checkIn/checkIn';
import type { CheckInRow, PaymentRow } from '../../../src/renderer/db/AppDB';

const household: ScenarioInput = {
  version: 1,
  startDate: '2027-01-01',
  budget: { incomes: [{ name: 'pay', amount: '2000.00' }] },
  debts: [
    {
      id: 'a',
      name: '花呗',
      principal: '1000.00',
      interestRate: { daily: '0.0005' },
      minimumPayment: { kind: 'fixed', amount: '500.00' },
    },
    { id: 'b', name: '借呗', principal: '3000.00', interest: '20.00' },
  ],
};

function planOf(input: ScenarioInput) {
  const checked = validateScenario(input);
  if (!checked.ok) throw new Error(checked.issues.map((issue) => issue.message).join('\n'));
  return plan(checked.scenario);
}

const payment = (date: string, debtId: string, amount: string): PaymentRow => ({
  id: `${date}-${debtId}`,
  debtId,
  date,
  amount,
  channel: 'alipay',
  note: '',
  order: 0,
});

describe('a check-in as typed', () => {
  it('sums the split into the total, empty parts counting as 0', () => {
    const draft = { ...newCheckInDraft('a'), principal: '900', interest: '12.5', fees: '' };
    expect(checkInFromDraft(draft, '2027-03-05')).toEqual({
      ok: true,
      checkIn: {
        debtId: 'a',
        date: '2027-03-05',
        total: '912.50',
        split: { principal: '900.00', interest: '12.50', penalty: '0.00', fees: '0.00' },
        note: '',
      },
    });
  });

  it('takes a single total when the app shows no split', () => {
    const draft = { ...newCheckInDraft('a'), split: false, total: '1,312.4', principal: 'x' };
    const result = checkInFromDraft({ ...draft, total: '1312.4' }, '2027-03-05');
    expect(result).toMatchObject({ ok: true, checkIn: { total: '1312.40' } });
    expect(result.ok && 'split' in result.checkIn).toBe(false);
  });

  it('says what is wrong with each field, and saves nothing half-way', () => {
    const draft = {
      ...newCheckInDraft('a'),
      principal: '',
      interest: '-3',
      penalty: '1.234',
      overduePrincipal: 'abc',
    };
    expect(checkInFromDraft(draft, '2027-03-05')).toEqual({
      ok: false,
      problems: [
        { field: 'principal', kind: 'required' },
        { field: 'interest', kind: 'amount' },
        { field: 'penalty', kind: 'amount' },
        { field: 'overduePrincipal', kind: 'amount' },
      ],
    });
    const total = { ...newCheckInDraft('a'), split: false };
    expect(checkInFromDraft(total, '2027-03-05')).toEqual({
      ok: false,
      problems: [{ field: 'total', kind: 'required' }],
    });
  });

  it('refuses an overdue principal above the principal', () => {
    const draft = { ...newCheckInDraft('a'), principal: '500', overduePrincipal: '600' };
    expect(checkInFromDraft(draft, '2027-03-05')).toEqual({
      ok: false,
      problems: [{ field: 'overduePrincipal', kind: 'overOwed' }],
    });
  });
});

describe("Ashore's own figure", () => {
  const lived: ScenarioInput = {
    ...household,
    actuals: {
      asOf: '2027-03-05',
      payments: [
        { date: '2027-01-20', debtId: 'a', amount: '500.00' },
        { date: '2027-03-02', debtId: 'a', amount: '100.00' },
      ],
    },
  };
  const result = planOf(lived);
  const payments = [payment('2027-01-20', 'a', '500.00'), payment('2027-03-02', 'a', '100.00')];

  it("is the plan's balance at the last period end, less what was paid since", () => {
    const february = result.schedule.find((row) => row.end === '2027-03-01');
    const planned = february?.debts.find((debt) => debt.id === 'a')?.balance;
    expect(planned).toBeDefined();
    const figure = ashoreFigure(lived, result, 'a', '2027-03-05', payments);
    expect(figure).toEqual({
      asOf: '2027-03-01',
      month: february?.month,
      planned,
      paidSince: '100.00',
      figure: (Number(planned) - 100).toFixed(2),
    });
  });

  it('is the opening balance in the first month, and none before the start', () => {
    expect(ashoreFigure(lived, result, 'b', '2027-01-10', payments)?.figure).toBe('3020.00');
    expect(ashoreFigure(lived, result, 'b', '2026-12-31', payments)).toBeNull();
  });

  it('matches within a yuan, else says more or less and by how much', () => {
    expect(verdictOf('1000.99', '1000.00')).toEqual({ kind: 'matches' });
    expect(verdictOf('999.00', '1000.00')).toEqual({ kind: 'matches' });
    expect(verdictOf('1312.40', '1000.00')).toEqual({ kind: 'more', difference: '312.40' });
    expect(verdictOf('998.99', '1000.00')).toEqual({ kind: 'less', difference: '1.01' });
  });
});

describe("the lender's split against Ashore's", () => {
  it('names each part that differs by more than a yuan', () => {
    const ashore = openingParts({
      id: 'b',
      name: '借呗',
      principal: '3000',
      interest: '20.00',
      fees: '5.5',
    });
    expect(ashore).toEqual({
      principal: '3000.00',
      interest: '20.00',
      penalty: '0.00',
      fees: '5.50',
    });
    const lender = { principal: '3000.00', interest: '20.90', penalty: '40.00', fees: '0.00' };
    expect(partsDifferences(lender, ashore)).toEqual([
      { part: 'penalty', lender: '40.00', ashore: '0.00' },
      { part: 'fees', lender: '0.00', ashore: '5.50' },
    ]);
  });
});

describe("the day's check-ins", () => {
  it('takes the newest of each debt on that day', () => {
    const row = (id: string, debtId: string, date: string, recordedAt: string): CheckInRow => ({
      id,
      debtId,
      date,
      recordedAt,
      total: '1.00',
      note: '',
    });
    const latest = checkInsOn(
      [
        row('2', 'a', '2027-03-05', '2027-03-05T10:00:00.000Z'),
        row('1', 'a', '2027-03-05', '2027-03-05T09:00:00.000Z'),
        row('3', 'a', '2027-03-04', '2027-03-05T11:00:00.000Z'),
        row('4', 'b', '2027-03-05', '2027-03-05T08:00:00.000Z'),
      ],
      '2027-03-05',
    );
    const ids = Object.fromEntries([...latest].map(([debtId, checkIn]) => [debtId, checkIn.id]));
    expect(ids).toEqual({ a: '2', b: '4' });
  });
});
