import { Dec, ONE, ZERO, minDec, posted } from '../money';
import type { Installment, Waiver } from '../scenario/types';
import { balanceOf, type DebtState, type InstallmentPlan, type Waived } from './state';

export type AppliedEvent =
  | {
      readonly kind: 'waiver';
      readonly date: string;
      readonly penalty: Dec;
      readonly interest: Dec;
      readonly fees: Dec;
    }
  | {
      readonly kind: 'installment';
      readonly date: string;
      readonly balance: Dec;
      readonly waived: Dec;
      readonly total: Dec;
      readonly plan: InstallmentPlan;
    };

function waive(owed: Dec, amount: string | undefined): Dec {
  if (amount === undefined) return ZERO;
  return amount === 'all' ? owed : minDec(new Dec(amount), owed);
}

function applyWaiver(d: DebtState, spec: Waiver): AppliedEvent {
  const penalty = waive(d.penalty, spec.penalty);
  const interest = waive(d.interest, spec.interest);
  const fees = waive(d.fees, spec.fees);
  d.penalty = d.penalty.minus(penalty);
  d.interest = d.interest.minus(interest);
  d.fees = d.fees.minus(fees);
  return { kind: 'waiver', date: spec.date, penalty, interest, fees };
}

/**
 * T = balance less what the agreement waives; the debt then owes T as principal and nothing else.
 * A later installment agreement on a debt already under one replaces it (a renegotiation): T is
 * then what remains of the first.
 */
function applyInstallment(d: DebtState, spec: Installment): AppliedEvent {
  const balance = balanceOf(d);
  const parts: Waived = {
    penalty: spec.waivePenalty ? d.penalty : ZERO,
    interest: spec.waiveInterest ? d.interest : ZERO,
    fees: spec.waiveFees ? d.fees : ZERO,
  };
  const waived = parts.penalty.plus(parts.interest).plus(parts.fees);
  const total = balance.minus(waived);
  const rate = new Dec(spec.rate);
  const n = new Dec(spec.months);
  let level: Dec;
  if (spec.method === 'flatFee' || rate.isZero()) level = posted(total.div(n));
  else level = posted(total.times(rate).div(ONE.minus(ONE.plus(rate).pow(-spec.months))));
  const plan: InstallmentPlan = {
    date: spec.date,
    method: spec.method,
    rate,
    months: spec.months,
    total,
    level,
    fee: spec.method === 'flatFee' ? posted(total.times(rate)) : ZERO,
    onBreak: spec.onBreak ?? 'keep',
    reinstate: spec.onBreak === 'reinstate' && !waived.isZero() ? parts : null,
    paidCount: 0,
  };
  d.principal = total;
  d.overduePrincipal = ZERO;
  d.interest = ZERO;
  d.penalty = ZERO;
  d.fees = ZERO;
  d.installment = total.isZero() ? null : plan;
  return { kind: 'installment', date: spec.date, balance, waived, total, plan };
}

/**
 * Applies the debt's agreed waivers and installment agreements dated in period k, at the start of
 * the period, before accrual (model §8). Returns what each did; the waived total is the sum.
 */
export function applyEvents(d: DebtState, k: number): AppliedEvent[] | null {
  let applied: AppliedEvent[] | null = null;
  for (const event of d.events) {
    if (event.period !== k) continue;
    const result =
      event.kind === 'waiver' ? applyWaiver(d, event.spec) : applyInstallment(d, event.spec);
    (applied ??= []).push(result);
  }
  return applied;
}

export function waivedBy(event: AppliedEvent): Dec {
  return event.kind === 'waiver'
    ? event.penalty.plus(event.interest).plus(event.fees)
    : event.waived;
}

/** This period's installment: the N-th (or the last one possible) pays all that remains. */
export interface InstallmentDue {
  readonly number: number;
  readonly remaining: Dec;
  readonly interest: Dec;
  readonly principal: Dec;
  readonly amount: Dec;
}

export function installmentDue(d: DebtState, plan: InstallmentPlan): InstallmentDue {
  return scheduledInstallment(plan, plan.paidCount + 1, d.principal);
}

/** Installment `number` of the plan when `remaining` principal is left (model §8). */
export function scheduledInstallment(
  plan: InstallmentPlan,
  number: number,
  remaining: Dec,
): InstallmentDue {
  const last = number >= plan.months;
  let interest: Dec;
  let principal: Dec;
  if (plan.method === 'flatFee') {
    interest = plan.fee;
    principal = last ? remaining : minDec(plan.level, remaining);
  } else {
    interest = plan.rate.isZero() ? ZERO : posted(remaining.times(plan.rate));
    const part = plan.level.minus(interest);
    principal = last ? remaining : minDec(part.isNegative() ? ZERO : part, remaining);
  }
  return { number, remaining, interest, principal, amount: principal.plus(interest) };
}

/** The settlement due in period k, if any (the first in date order), and whether one is later. */
export function settlementFor(d: DebtState, k: number): { now: Dec | null; later: boolean } {
  let now: Dec | null = null;
  let later = false;
  for (const s of d.settlements) {
    if (s.period === k && now === null) now = s.amount;
    else if (s.period > k) later = true;
  }
  return { now, later };
}

/**
 * A broken agreement with `onBreak: "reinstate"` (v2 §8): what it waived at its start is owed
 * again, after the period's payment. Returns the amount, which goes to totalReinstated only.
 */
export function reinstate(d: DebtState, waived: Waived): Dec {
  d.penalty = d.penalty.plus(waived.penalty);
  d.interest = d.interest.plus(waived.interest);
  d.fees = d.fees.plus(waived.fees);
  const amount = waived.penalty.plus(waived.interest).plus(waived.fees);
  d.balance = d.balance.plus(amount);
  return amount;
}
