import { Dec, MONEY_LIMIT, MONEY_PATTERN, ZERO, formatMoney } from '../../core/money';
import type { PlanResult } from '../../core/engine/output';
import type { ScenarioInput } from '../../core/scenario/types';
import type { CheckInRow, PaymentRow } from '../db/AppDB';
import { debtOpening } from '../progress/progress';

/** A check-in as the form edits it: text as typed. The date is today's: it is what the app shows now. */
export interface CheckInDraft {
  debtId: string;
  /** The lender's app shows principal, interest, penalty and fees apart. */
  split: boolean;
  total: string;
  principal: string;
  interest: string;
  penalty: string;
  fees: string;
  overduePrincipal: string;
  note: string;
}

export const checkInNoteMax = 10_000;

export function newCheckInDraft(debtId: string): CheckInDraft {
  return {
    debtId,
    split: true,
    total: '',
    principal: '',
    interest: '',
    penalty: '',
    fees: '',
    overduePrincipal: '',
    note: '',
  };
}

export type CheckInField =
  'total' | 'principal' | 'interest' | 'penalty' | 'fees' | 'overduePrincipal';
export type CheckInProblem = { field: CheckInField; kind: 'amount' | 'required' | 'overOwed' };

/** "312.4" → "312.40"; empty → "0.00" when allowed; null when it is not an amount ≥ 0. */
function amountText(typed: string, emptyIsZero: boolean): string | null {
  const text = typed.trim();
  if (text === '' && emptyIsZero) return '0.00';
  if (!MONEY_PATTERN.test(text)) return null;
  const amount = new Dec(text);
  return amount.gte(MONEY_LIMIT) ? null : formatMoney(amount);
}

/**
 * The check-in a draft saves as, or what stops it (each problem next to its field). With the
 * split, principal is required and interest, penalty and fees left empty are 0; the total is
 * their sum. Without it, the total is required. The overdue principal is optional, at most the
 * principal (or the total).
 */
export function checkInFromDraft(
  draft: CheckInDraft,
  today: string,
):
  | { ok: true; checkIn: Omit<CheckInRow, 'id' | 'recordedAt'> }
  | { ok: false; problems: CheckInProblem[] } {
  const problems: CheckInProblem[] = [];
  const read = (field: CheckInField, emptyIsZero: boolean): string | null => {
    const value = amountText(draft[field], emptyIsZero);
    if (value === null)
      problems.push({ field, kind: draft[field].trim() === '' ? 'required' : 'amount' });
    return value;
  };
  let total: string | null;
  let split: CheckInRow['split'];
  if (draft.split) {
    const principal = read('principal', false);
    const interest = read('interest', true);
    const penalty = read('penalty', true);
    const fees = read('fees', true);
    total =
      principal && interest && penalty && fees
        ? formatMoney(new Dec(principal).plus(interest).plus(penalty).plus(fees))
        : null;
    if (principal && interest && penalty && fees) split = { principal, interest, penalty, fees };
  } else {
    total = read('total', false);
  }
  const overdue = draft.overduePrincipal.trim() === '' ? undefined : read('overduePrincipal', true);
  const owedPrincipal = split ? split.principal : total;
  if (overdue && owedPrincipal !== null && new Dec(overdue).gt(owedPrincipal))
    problems.push({ field: 'overduePrincipal', kind: 'overOwed' });
  if (problems.length > 0 || total === null) return { ok: false, problems };
  return {
    ok: true,
    checkIn: {
      debtId: draft.debtId,
      date: today,
      total,
      ...(split ? { split } : {}),
      ...(overdue ? { overduePrincipal: overdue } : {}),
      note: draft.note.trim().slice(0, checkInNoteMax),
    },
  };
}

/**
 * Within this much the lender and Ashore agree: a yuan (or one unit of the currency) covers how
 * lenders and the model round daily interest differently (each posts to the cent at its own
 * moments), and a person does not chase less.
 */
export const MATCH_TOLERANCE = new Dec('1.00');

/** Ashore's own figure for a debt on a day, from the plan as lived. */
export interface AshoreFigure {
  /** The period end (or the plan's start) the plan's balance is as of: on or before the day. */
  asOf: string;
  /** The index of the period ending on `asOf`; null when it is the plan's start. */
  month: number | null;
  /** The plan's balance for the debt then (model §10 schedule). */
  planned: string;
  /** Payments to the debt recorded from `asOf` until the day before: not in `planned` yet. */
  paidSince: string;
  /** planned − paidSince, not below 0: what Ashore expects the lender to show. */
  figure: string;
}

/**
 * What Ashore expects a lender to show on `day`. The model's balances are as of period ends
 * (§2: payments at the end of each period), so the figure is the balance at the last period end
 * on or before the day (the opening balance in the first month), less the payments recorded
 * since, dated before the day — the payments the plan has applied (§14: dated before asOf).
 * Interest accrued since that period end is not in it: the page says so. Null before the start.
 */
export function ashoreFigure(
  scenario: ScenarioInput,
  result: PlanResult,
  debtId: string,
  day: string,
  payments: readonly PaymentRow[],
): AshoreFigure | null {
  const debt = scenario.debts.find((candidate) => candidate.id === debtId);
  if (!debt || day < scenario.startDate) return null;
  const past = result.schedule.filter((row) => row.end <= day).at(-1);
  const asOf = past?.end ?? scenario.startDate;
  const planned = past
    ? new Dec(past.debts.find((row) => row.id === debtId)?.balance ?? 0)
    : debtOpening(debt);
  const paidSince = payments
    .filter((payment) => payment.debtId === debtId && asOf <= payment.date && payment.date < day)
    .reduce((sum, payment) => sum.plus(payment.amount), ZERO);
  const figure = planned.minus(paidSince);
  return {
    asOf,
    month: past?.month ?? null,
    planned: formatMoney(planned),
    paidSince: formatMoney(paidSince),
    figure: formatMoney(figure.isNegative() ? ZERO : figure),
  };
}

export type Verdict = { kind: 'matches' } | { kind: 'more' | 'less'; difference: string };

/** The lender's figure against Ashore's, in the words' terms: more, less, or a match. */
export function verdictOf(lenderTotal: string, figure: string): Verdict {
  const difference = new Dec(lenderTotal).minus(figure);
  if (difference.abs().lte(MATCH_TOLERANCE)) return { kind: 'matches' };
  return {
    kind: difference.isPositive() ? 'more' : 'less',
    difference: formatMoney(difference.abs()),
  };
}

/** The newest check-in of each debt made on `day`, by debt id. */
export function checkInsOn(checkIns: readonly CheckInRow[], day: string): Map<string, CheckInRow> {
  const latest = new Map<string, CheckInRow>();
  const ofDay = checkIns.filter((checkIn) => checkIn.date === day);
  ofDay.sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : 1));
  for (const checkIn of ofDay) latest.set(checkIn.debtId, checkIn);
  return latest;
}

export const balanceParts = ['principal', 'interest', 'penalty', 'fees'] as const;
export type BalancePart = (typeof balanceParts)[number];
export type BalanceParts = Record<BalancePart, string>;

/**
 * Where the lender's split and Ashore's differ by more than the tolerance, part by part: what
 * points at the cause (interest: a rate; fees: a fee the plan does not know of).
 */
export function partsDifferences(
  lender: BalanceParts,
  ashore: BalanceParts,
): { part: BalancePart; lender: string; ashore: string }[] {
  return balanceParts
    .filter((part) => new Dec(lender[part]).minus(ashore[part]).abs().gt(MATCH_TOLERANCE))
    .map((part) => ({ part, lender: lender[part], ashore: ashore[part] }));
}

/** A debt's opening parts as entered: Ashore's split before a first month has ended. */
export function openingParts(debt: ScenarioInput['debts'][number]): BalanceParts {
  return {
    principal: formatMoney(new Dec(debt.principal)),
    interest: formatMoney(new Dec(debt.interest ?? 0)),
    penalty: formatMoney(new Dec(debt.penalty ?? 0)),
    fees: formatMoney(new Dec(debt.fees ?? 0)),
  };
}
