import { Dec, ZERO } from '../money';
import { toRate, type Rate } from '../rates';
import type { Debt, Installment, LateFeeRule, MinimumPaymentRule, Waiver } from '../scenario/types';
import type { Timeline } from './timeline';

export type DebtStatus = 'current' | 'overdue' | 'agreement' | 'paid';

/** A running installment agreement (model §8). */
export interface InstallmentPlan {
  readonly method: Installment['method'];
  readonly rate: Dec;
  readonly months: number;
  readonly total: Dec;
  /** equalPayment: the level installment A; flatFee: the principal part posted(T/N). */
  readonly level: Dec;
  /** flatFee only: the fee posted(T × r) charged every period. */
  readonly fee: Dec;
  paidCount: number;
}

export type DatedEvent =
  | { readonly kind: 'waiver'; readonly period: number; readonly spec: Waiver }
  | { readonly kind: 'installment'; readonly period: number; readonly spec: Installment };

export interface DebtState {
  readonly index: number;
  readonly id: string;
  readonly interestRate: Rate;
  readonly penaltyRate: Rate;
  readonly monthlyAccrual: boolean;
  readonly penaltyOnInterest: boolean;
  readonly compound: boolean;
  readonly minimumPayment: MinimumPaymentRule;
  readonly lateFee: LateFeeRule;
  /** Agreed waivers and installments, in date then input order. */
  readonly events: readonly DatedEvent[];
  /** Agreed settlements: period index and amount, in date then input order. */
  readonly settlements: readonly { readonly period: number; readonly amount: Dec }[];

  principal: Dec; // P
  overduePrincipal: Dec; // O, 0 ≤ O ≤ P
  interest: Dec; // I
  penalty: Dec; // F
  fees: Dec; // L
  installment: InstallmentPlan | null;
  paid: boolean;
  payoffPeriod: number | null;

  totalPaid: Dec;
  totalInterest: Dec;
  totalPenalty: Dec;
  totalFees: Dec;
}

export function balanceOf(d: DebtState): Dec {
  return d.principal.plus(d.interest).plus(d.penalty).plus(d.fees);
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
  const principal = new Dec(debt.principal);
  const agreed = debt.agreements
    .map((spec, order) => ({ spec, order, period: timeline.periodOf(spec.date) }))
    .filter((a) => a.spec.status === 'agreed')
    // ISO dates sort as text; the sort is stable, so equal dates keep input order.
    .sort((a, b) => (a.spec.date < b.spec.date ? -1 : a.spec.date > b.spec.date ? 1 : 0));
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
    monthlyAccrual: debt.accrual === 'monthly',
    penaltyOnInterest: debt.penaltyBase === 'principalAndInterest',
    compound: debt.compound,
    minimumPayment: debt.minimumPayment,
    lateFee: debt.lateFee,
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
    installment: null,
    paid: false,
    payoffPeriod: null,
    totalPaid: ZERO,
    totalInterest: ZERO,
    totalPenalty: ZERO,
    totalFees: ZERO,
  };
}
