import { Dec, ZERO, add } from '../money';
import { toRate, type Rate } from '../rates';
import type { Debt, Installment, LateFeeRule, MinimumPaymentRule, Waiver } from '../scenario/types';
import type { Timeline } from './timeline';

export type DebtStatus = 'current' | 'overdue' | 'agreement' | 'paid';

/** What an installment agreement waived at its start, owed again if it breaks (v2 §8). */
export interface Waived {
  readonly penalty: Dec;
  readonly interest: Dec;
  readonly fees: Dec;
}

/** A running installment agreement (model §8). */
export interface InstallmentPlan {
  readonly date: string;
  readonly method: Installment['method'];
  readonly rate: Dec;
  readonly months: number;
  readonly total: Dec;
  /** equalPayment: the level installment A; flatFee: the principal part posted(T/N). */
  readonly level: Dec;
  /** flatFee only: the fee posted(T × r) charged every period. */
  readonly fee: Dec;
  readonly onBreak: 'keep' | 'reinstate';
  /** With `onBreak: "reinstate"`, what comes back if it breaks; null if nothing would. */
  readonly reinstate: Waived | null;
  paidCount: number;
}

/** The minimum-payment rule with its numbers parsed once, not every period. */
export type MinimumRule =
  | { readonly kind: 'none' }
  | { readonly kind: 'fixed'; readonly amount: Dec }
  | {
      readonly kind: 'percentOfBalance' | 'interestPlusPercent';
      readonly fraction: Dec;
      readonly floor: Dec;
    };

/** The late-fee rule with its numbers parsed once. */
export type LateFee =
  | { readonly kind: 'none' }
  | { readonly kind: 'fixed'; readonly amount: Dec }
  | {
      readonly kind: 'percentOfShortfall';
      readonly fraction: Dec;
      readonly min: Dec;
      readonly max: Dec | null;
    };

function prepareMinimum(rule: MinimumPaymentRule): MinimumRule {
  switch (rule.kind) {
    case 'none':
      return rule;
    case 'fixed':
      return { kind: 'fixed', amount: new Dec(rule.amount) };
    default:
      return {
        kind: rule.kind,
        fraction: new Dec(rule.percent).div(100),
        floor: new Dec(rule.floor),
      };
  }
}

function prepareLateFee(rule: LateFeeRule): LateFee {
  switch (rule.kind) {
    case 'none':
      return rule;
    case 'fixed':
      return { kind: 'fixed', amount: new Dec(rule.amount) };
    case 'percentOfShortfall':
      return {
        kind: 'percentOfShortfall',
        fraction: new Dec(rule.percent).div(100),
        min: new Dec(rule.min),
        max: rule.max === undefined ? null : new Dec(rule.max),
      };
  }
}

export type DatedEvent =
  | { readonly kind: 'waiver'; readonly period: number; readonly spec: Waiver }
  | { readonly kind: 'installment'; readonly period: number; readonly spec: Installment };

/** A rate change (v2 §12), with the period it applies in and its rates converted once. */
export interface RateChangeEvent {
  readonly period: number;
  readonly date: string;
  readonly interestRate: Rate | null;
  readonly penaltyRate: Rate | null;
}

export interface DebtState {
  readonly index: number;
  readonly id: string;
  /** The rates in force: changed by rateChanges at the start of their period. */
  interestRate: Rate;
  penaltyRate: Rate;
  /** Rate changes in date then input order; `nextRateChange` is the first not yet applied. */
  readonly rateChanges: readonly RateChangeEvent[];
  nextRateChange: number;
  readonly monthlyAccrual: boolean;
  readonly penaltyOnInterest: boolean;
  readonly compound: boolean;
  /** The rules as given, for explanations. */
  readonly minimumPayment: MinimumPaymentRule;
  readonly lateFee: LateFeeRule;
  readonly minimum: MinimumRule;
  readonly fee: LateFee;
  /** Agreed waivers and installments, in date then input order. */
  readonly events: readonly DatedEvent[];
  /** Agreed settlements: period index and amount, in date then input order. */
  readonly settlements: readonly { readonly period: number; readonly amount: Dec }[];

  principal: Dec; // P
  overduePrincipal: Dec; // O, 0 ≤ O ≤ P
  interest: Dec; // I
  penalty: Dec; // F
  fees: Dec; // L
  /**
   * P + I + F + L, kept in step by the engine (it is needed several times a period and summing it
   * afresh was a tenth of the run time). balanceOf() recomputes it from the parts.
   */
  balance: Dec;
  installment: InstallmentPlan | null;
  paid: boolean;
  payoffPeriod: number | null;

  totalPaid: Dec;
  totalInterest: Dec;
  totalPenalty: Dec;
  totalFees: Dec;
}

/**
 * Applies the rate changes dated up to period k (v2 §12), at the start of the period, before its
 * agreement events and accrual. Returns the changes applied, for explanations.
 */
export function applyRateChanges(d: DebtState, k: number): RateChangeEvent[] | null {
  let applied: RateChangeEvent[] | null = null;
  while (d.nextRateChange < d.rateChanges.length) {
    const change = d.rateChanges[d.nextRateChange] as RateChangeEvent;
    if (change.period > k) break;
    if (change.interestRate !== null) d.interestRate = change.interestRate;
    if (change.penaltyRate !== null) d.penaltyRate = change.penaltyRate;
    d.nextRateChange++;
    (applied ??= []).push(change);
  }
  return applied;
}

export function balanceOf(d: DebtState): Dec {
  return add(add(add(d.principal, d.interest), d.penalty), d.fees);
}

export function statusOf(d: DebtState): DebtStatus {
  if (d.paid) return 'paid';
  if (d.installment !== null) return 'agreement';
  return d.overduePrincipal.isZero() ? 'current' : 'overdue';
}

function money(value: string | undefined): Dec {
  return value === undefined ? ZERO : new Dec(value);
}

export function initialState(debt: Debt, index: number, timeline: Timeline): DebtState {
  const state = buildState(debt, index, timeline);
  state.balance = balanceOf(state);
  return state;
}

/** ISO dates sort as text; the sort is stable, so equal dates keep input order. */
function byDate<T>(items: readonly T[], date: (item: T) => string): T[] {
  return [...items].sort((a, b) => (date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0));
}

/**
 * The debt's rates as given in input, with every rate change dated up to period k applied
 * (v2 §12): what the lender charges from that period on.
 */
export function ratesInForce(
  debt: Debt,
  timeline: Timeline,
  k: number,
): Pick<Debt, 'interestRate' | 'penaltyRate'> {
  let { interestRate, penaltyRate } = debt;
  for (const change of byDate(debt.rateChanges ?? [], (c) => c.date)) {
    if (timeline.periodOf(change.date) > k) break;
    interestRate = change.interestRate ?? interestRate;
    penaltyRate = change.penaltyRate ?? penaltyRate;
  }
  return { interestRate, penaltyRate };
}

function buildState(debt: Debt, index: number, timeline: Timeline): DebtState {
  const principal = new Dec(debt.principal);
  const rateChanges = byDate(debt.rateChanges ?? [], (c) => c.date).map((c) => ({
    period: timeline.periodOf(c.date),
    date: c.date,
    interestRate: c.interestRate === undefined ? null : toRate(c.interestRate),
    penaltyRate: c.penaltyRate === undefined ? null : toRate(c.penaltyRate),
  }));
  const agreed = byDate(
    debt.agreements
      .filter((spec) => spec.status === 'agreed')
      .map((spec) => ({ spec, period: timeline.periodOf(spec.date) })),
    (a) => a.spec.date,
  );
  const events: DatedEvent[] = [];
  const settlements: { period: number; amount: Dec }[] = [];
  for (const a of agreed) {
    if (a.spec.kind === 'settlement')
      settlements.push({ period: a.period, amount: new Dec(a.spec.amount) });
    else if (a.spec.kind === 'waiver')
      events.push({ kind: 'waiver', period: a.period, spec: a.spec });
    else events.push({ kind: 'installment', period: a.period, spec: a.spec });
  }
  return {
    index,
    id: debt.id,
    interestRate: toRate(debt.interestRate),
    penaltyRate: toRate(debt.penaltyRate),
    rateChanges,
    nextRateChange: 0,
    monthlyAccrual: debt.accrual === 'monthly',
    penaltyOnInterest: debt.penaltyBase === 'principalAndInterest',
    compound: debt.compound,
    minimumPayment: debt.minimumPayment,
    lateFee: debt.lateFee,
    minimum: prepareMinimum(debt.minimumPayment),
    fee: prepareLateFee(debt.lateFee),
    events,
    settlements,
    principal,
    overduePrincipal:
      debt.overdue === true
        ? principal
        : debt.overduePrincipal === undefined
          ? ZERO
          : new Dec(debt.overduePrincipal),
    interest: money(debt.interest),
    penalty: money(debt.penalty),
    fees: money(debt.fees),
    balance: ZERO,
    installment: null,
    paid: false,
    payoffPeriod: null,
    totalPaid: ZERO,
    totalInterest: ZERO,
    totalPenalty: ZERO,
    totalFees: ZERO,
  };
}
