import { type Dec, ZERO, formatMoney } from '../money';
import type { LateFeeRule } from '../scenario/types';
import type { PeriodAccrual } from './accrual';
import type { AppliedEvent, InstallmentDue } from './agreements';
import type { Claim, PaymentSplit } from './allocate';
import type { Capacity } from './budget';
import type { Due } from './dues';
import { describeDue } from './describe';
import type { DebtPeriodExplanation, PeriodExplanation, PlanExplanations } from './explanation';
import type { Outcome } from './plan';
import type { LateFeeFacts } from './shortfall';
import { type DebtState, type InstallmentPlan, type RateChangeEvent } from './state';
import type { Phase } from './actuals';
import type { Period } from './timeline';
import {
  accrualExplanation,
  capExplanation,
  eventExplanation,
  lateFeeText,
  paymentText,
  rateChangeExplanation,
  snapshot,
} from './traceText';

const m = formatMoney;

/** The engine's hooks for explanations; plan() runs without one, so it pays nothing for them. */
export interface Tracer {
  startPeriod(period: Period, capacity: Capacity, carried: Dec, phase: Phase): void;
  debtStart(d: DebtState): void;
  rateChanges(d: DebtState, changes: readonly RateChangeEvent[]): void;
  events(d: DebtState, applied: readonly AppliedEvent[]): void;
  accrual(d: DebtState, accrual: PeriodAccrual): void;
  installment(d: DebtState, due: InstallmentDue, plan: InstallmentPlan): void;
  due(d: DebtState, due: Due): void;
  order(ids: string[]): void;
  payment(d: DebtState, claim: Claim, split: PaymentSplit): void;
  lateFee(d: DebtState, rule: LateFeeRule, fee: LateFeeFacts): void;
  forgiven(d: DebtState, amount: Dec): void;
  reinstated(d: DebtState, amount: Dec): void;
  outcome(d: DebtState, outcome: Outcome): void;
  endPeriod(unallocated: Dec, recorded: Dec): void;
}

/** A tracer that records nothing: spread it and set the few hooks a caller listens to. */
export const SILENT_TRACER: Tracer = {
  startPeriod: () => {},
  debtStart: () => {},
  rateChanges: () => {},
  events: () => {},
  accrual: () => {},
  installment: () => {},
  due: () => {},
  order: () => {},
  payment: () => {},
  lateFee: () => {},
  forgiven: () => {},
  reinstated: () => {},
  outcome: () => {},
  endPeriod: () => {},
};

export class ExplainTracer implements Tracer {
  readonly explanations: PlanExplanations = { periods: [] };
  private current: PeriodExplanation | null = null;
  private readonly byDebt = new Map<DebtState, DebtPeriodExplanation>();

  /** With `only`, records just that month and debt: explaining one figure costs about a plan. */
  constructor(private readonly only: { month: number; debtId: string } | null = null) {}

  startPeriod(period: Period, c: Capacity, carried: Dec, phase: Phase): void {
    this.byDebt.clear();
    if (this.only !== null && this.only.month !== period.index) {
      this.current = null;
      return;
    }
    this.current = {
      month: period.index,
      start: period.startText,
      end: period.endText,
      days: period.days,
      phase,
      budget: {
        income: m(c.income),
        fixedCosts: m(c.fixedCosts),
        obligations: m(c.obligations),
        reserve: m(c.reserve),
        raw: m(c.raw),
        extras: m(c.extras),
        capacity: m(c.capacity),
        deficit: m(c.deficit),
        carriedIn: m(carried),
        available: m(c.capacity.plus(carried)),
        recorded: '',
        unallocated: '',
      },
      order: [],
      debts: [],
    };
    this.explanations.periods.push(this.current);
  }

  debtStart(d: DebtState): void {
    if (this.current === null || (this.only !== null && this.only.debtId !== d.id)) return;
    const start = snapshot(d);
    const zero = m(ZERO);
    const e: DebtPeriodExplanation = {
      month: this.current.month,
      id: d.id,
      start,
      rateChanges: [],
      events: [],
      interest: null,
      penalty: null,
      installment: null,
      cap: null,
      due: { rule: 'noMinimum', amount: zero, text: '' },
      payment: {
        total: zero,
        actual: zero,
        text: '',
        towardsDue: zero,
        surplus: zero,
        toFees: zero,
        toPenalty: zero,
        toInterest: zero,
        toPrincipal: zero,
      },
      shortfall: zero,
      lateFee: null,
      forgiven: zero,
      reinstated: zero,
      outcome: null,
      end: start,
    };
    this.byDebt.set(d, e);
    this.current.debts.push(e);
  }

  rateChanges(d: DebtState, changes: readonly RateChangeEvent[]): void {
    this.byDebt.get(d)?.rateChanges.push(...changes.map(rateChangeExplanation));
  }

  events(d: DebtState, applied: readonly AppliedEvent[]): void {
    this.byDebt.get(d)?.events.push(...applied.map(eventExplanation));
  }

  accrual(d: DebtState, accrual: PeriodAccrual): void {
    const e = this.byDebt.get(d);
    if (e === undefined) return;
    e.interest = accrualExplanation(accrual.interest);
    e.penalty = accrualExplanation(accrual.penalty);
    if (accrual.cap !== null)
      e.cap = capExplanation(accrual.cap, accrual.interest.unit, this.current?.days ?? 0);
  }

  installment(d: DebtState, due: InstallmentDue, plan: InstallmentPlan): void {
    const interestText =
      plan.method === 'flatFee'
        ? `fee ${m(plan.total)} × ${plan.rate.toString()} = ${m(due.interest)}`
        : `interest ${m(due.remaining)} × ${plan.rate.toString()} = ${m(due.interest)}`;
    const e = this.byDebt.get(d);
    if (e === undefined) return;
    e.installment = {
      number: due.number,
      of: plan.months,
      method: plan.method,
      rate: plan.rate.toString(),
      remaining: m(due.remaining),
      interest: m(due.interest),
      principal: m(due.principal),
      amount: m(due.amount),
      text: `installment ${due.number} of ${plan.months}: principal ${m(due.principal)} + ${interestText} = ${m(due.amount)}`,
    };
  }

  due(d: DebtState, due: Due): void {
    const e = this.byDebt.get(d);
    if (e !== undefined)
      e.due = { rule: due.rule, amount: m(due.amount), text: describeDue(d, due) };
  }

  order(ids: string[]): void {
    if (this.current !== null) this.current.order = ids;
  }

  payment(d: DebtState, claim: Claim, split: PaymentSplit): void {
    const e = this.byDebt.get(d);
    if (e === undefined) return;
    const total = claim.fromActual.plus(claim.fromDue).plus(claim.fromSurplus);
    e.payment = {
      total: m(total),
      actual: m(claim.fromActual),
      text: paymentText(this.current?.phase ?? 'planned', claim),
      towardsDue: m(claim.fromDue),
      surplus: m(claim.fromSurplus),
      toFees: m(split.fees),
      toPenalty: m(split.penalty),
      toInterest: m(split.interest),
      toPrincipal: m(split.principal),
    };
    const shortfall = claim.due.minus(claim.fromActual).minus(claim.fromDue);
    e.shortfall = m(shortfall.isNegative() ? ZERO : shortfall);
  }

  lateFee(d: DebtState, rule: LateFeeRule, fee: LateFeeFacts): void {
    const e = this.byDebt.get(d);
    if (e === undefined) return;
    e.lateFee = {
      rule,
      shortfall: m(fee.shortfall),
      unpaidFees: m(fee.unpaidFees),
      base: m(fee.base.isNegative() ? ZERO : fee.base),
      exact: fee.exact.toString(),
      ruled: m(fee.ruled),
      amount: m(fee.amount),
      capCut: m(fee.ruled.minus(fee.amount)),
      text: lateFeeText(rule, fee),
    };
  }

  forgiven(d: DebtState, amount: Dec): void {
    const e = this.byDebt.get(d);
    if (e !== undefined) e.forgiven = m(amount);
  }

  reinstated(d: DebtState, amount: Dec): void {
    const e = this.byDebt.get(d);
    if (e !== undefined) e.reinstated = m(amount);
  }

  outcome(d: DebtState, outcome: Outcome): void {
    const e = this.byDebt.get(d);
    if (e === undefined) return;
    e.outcome = outcome;
    e.end = snapshot(d);
  }

  endPeriod(unallocated: Dec, recorded: Dec): void {
    if (this.current === null) return;
    this.current.budget.unallocated = m(unallocated);
    this.current.budget.recorded = m(recorded);
  }
}
