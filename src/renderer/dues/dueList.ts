import {
  type CivilDate,
  addMonths,
  dayNumber,
  daysInMonth,
  formatDate,
  parseDate,
} from '../../core/calendar';
import type { PlanResult, ScheduleDebt, ScheduleRow } from '../../core/engine/output';
import { Dec } from '../../core/money';
import type { AgreementInput } from '../db/AppDB';

/** What a due is for; installments and settlements are what an agreement stands or falls on. */
export type DueKind = 'installment' | 'settlement' | 'minimum' | 'arrears';

export interface DueDebt {
  id: string;
  name: string;
  /** The day of the month the lender collects; absent when the person has not entered it. */
  dueDay?: number;
  agreements: readonly AgreementInput[];
}

export interface DueItem {
  debtId: string;
  name: string;
  kind: DueKind;
  /** The day it is due, YYYY-MM-DD. */
  date: string;
  /** What must be paid, the plan's `due` ("1234.50"). */
  amount: string;
  /**
   * What the plan pays that debt in the same month, the plan's `payment`: less than `amount`
   * when the money does not stretch to every due (the warnings say what stays unpaid).
   */
  planned: string;
  /** Missing it breaks an agreement (停息挂账 breaks on one missed installment; DOMAIN step 9). */
  breaksAgreement: boolean;
  /** The date comes from the debt's due day (or the agreement), not only from the plan's month. */
  dayKnown: boolean;
}

function civil(iso: string): CivilDate {
  const date = parseDate(iso);
  if (!date) throw new RangeError(`not a date: ${iso}`);
  return date;
}

function dayBefore(iso: string): string {
  const date = civil(iso);
  if (date.day > 1) return formatDate({ ...date, day: date.day - 1 });
  const previous = addMonths({ ...date, day: 1 }, -1);
  return formatDate({ ...previous, day: daysInMonth(previous.year, previous.month) });
}

/**
 * The day in the period [start, end) that falls on `day` of its month (a shorter month takes its
 * last day). A period is one month long, so there is one; if clamping skips it (a period from
 * the 31st), the period's last day.
 */
export function dueDateIn(start: string, end: string, day: number): string {
  const first = civil(start);
  for (const month of [first, addMonths({ ...first, day: 1 }, 1)]) {
    const candidate = formatDate({
      ...month,
      day: Math.min(day, daysInMonth(month.year, month.month)),
    });
    if (candidate >= start && candidate < end) return candidate;
  }
  return dayBefore(end);
}

function isAgreed(agreement: AgreementInput): boolean {
  return (agreement.status ?? 'agreed') === 'agreed';
}

/**
 * The agreed agreement of this kind that takes effect in this period, if any (one dated before
 * the plan's start takes effect in period 0, model §8).
 */
function agreedIn(
  row: ScheduleRow,
  debt: DueDebt,
  kind: 'settlement' | 'installment',
): AgreementInput | undefined {
  return debt.agreements.find(
    (agreement) =>
      agreement.kind === kind &&
      isAgreed(agreement) &&
      agreement.date < row.end &&
      (agreement.date >= row.start || row.month === 0),
  );
}

/** The day of the month an installment agreement collects when no due day was entered. */
function installmentDay(debt: DueDebt, row: ScheduleRow): number | undefined {
  const running = debt.agreements.filter(
    (agreement) =>
      agreement.kind === 'installment' && isAgreed(agreement) && agreement.date < row.end,
  );
  const latest = running.at(-1);
  return latest ? civil(latest.date).day : undefined;
}

/**
 * The kind of a period's due. The schedule gives each debt's state at the period's end, so a
 * minimum paid short ends "overdue" and a settled debt ends "paid": the due is classified by the
 * state the period started in (the previous period's end) and the agreements dated in it.
 */
function kindOf(row: ScheduleRow, debt: DueDebt, startState: string, endState: string): DueKind {
  if (agreedIn(row, debt, 'settlement')) return 'settlement';
  if (
    startState === 'agreement' ||
    endState === 'agreement' ||
    agreedIn(row, debt, 'installment') !== undefined
  )
    return 'installment';
  return startState === 'overdue' ? 'arrears' : 'minimum';
}

function itemFor(row: ScheduleRow, debt: DueDebt, kind: DueKind, scheduled: DueAmounts): DueItem {
  const settlement = kind === 'settlement' ? agreedIn(row, debt, 'settlement') : undefined;
  if (settlement) {
    const date = settlement.date < row.start ? row.start : settlement.date;
    return { ...base(debt, scheduled), kind, date, breaksAgreement: true, dayKnown: true };
  }
  const day = debt.dueDay ?? (kind === 'installment' ? installmentDay(debt, row) : undefined);
  return {
    ...base(debt, scheduled),
    kind,
    date: day === undefined ? dayBefore(row.end) : dueDateIn(row.start, row.end, day),
    breaksAgreement: kind === 'installment',
    dayKnown: day !== undefined,
  };
}

/** A debt's due and payment in one month of the schedule. */
type DueAmounts = Pick<ScheduleDebt, 'due' | 'payment'>;

function base(
  debt: DueDebt,
  { due, payment }: DueAmounts,
): Pick<DueItem, 'debtId' | 'name' | 'amount' | 'planned'> {
  return { debtId: debt.id, name: debt.name, amount: due, planned: payment };
}

/**
 * Every due of the plan dated in [from, to] (YYYY-MM-DD, inclusive), in date order, then the
 * debts' order. A debt's period due is dated on its due day; without one, an installment takes
 * its agreement's day and anything else the period's last day (the model pays at period ends).
 */
export function dueItems(
  plan: PlanResult,
  debts: readonly DueDebt[],
  from: string,
  to: string,
): DueItem[] {
  const byId = new Map(debts.map((debt) => [debt.id, debt]));
  const items: DueItem[] = [];
  plan.schedule.forEach((row, index) => {
    if (row.end <= from || row.start > to) return;
    const previous = plan.schedule[index - 1];
    for (const scheduled of row.debts) {
      const debt = byId.get(scheduled.id);
      if (!debt || new Dec(scheduled.due).isZero()) continue;
      const before = previous?.debts.find((other) => other.id === scheduled.id)?.state;
      // Period 0 starts from the input; its end state stands in, a debt settled in it aside.
      const startState = before ?? (scheduled.state === 'paid' ? 'current' : scheduled.state);
      const kind = kindOf(row, debt, startState, scheduled.state);
      const item = itemFor(row, debt, kind, scheduled);
      if (item.date >= from && item.date <= to) items.push(item);
    }
  });
  const order = new Map(debts.map((debt, index) => [debt.id, index]));
  return items.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || (order.get(a.debtId) ?? 0) - (order.get(b.debtId) ?? 0),
  );
}

/** This calendar month and the next, as the inclusive range the dues list shows. */
export function thisMonthAndNext(today: string): { from: string; to: string } {
  const first = { ...civil(today), day: 1 };
  const next = addMonths(first, 1);
  return {
    from: formatDate(first),
    to: formatDate({ ...next, day: daysInMonth(next.year, next.month) }),
  };
}

/** The days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(civil(to)) - dayNumber(civil(from));
}

/** The date `days` after `today`, both YYYY-MM-DD (UTC arithmetic: no time zone involved). */
export function plusDays(today: string, days: number): string {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
