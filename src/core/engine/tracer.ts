import { type Dec, ZERO, formatMoney } from '../money';
import type { LateFeeRule } from '../scenario/types';
import type { AccrualFacts, CapFacts, PeriodAccrual } from './accrual';
import type { AppliedEvent, InstallmentDue } from './agreements';
import type { Claim, PaymentSplit } from './allocate';
import type { Capacity } from './budget';
import type { Due } from './dues';
import { describeDue } from './describe';
import type {
  AccrualExplanation,
  CapExplanation,
  RateChangeExplanation,
  DebtPeriodExplanation,
  DebtSnapshot,
  EventExplanation,
  PeriodExplanation,
  PlanExplanations,
} from './explanation';
import type { Outcome } from './plan';
import { installmentSummary } from './installmentCost';
import type { LateFeeFacts } from './shortfall';
import {
  balanceOf,
  statusOf,
  type DebtState,
  type InstallmentPlan,
  type RateChangeEvent,
} from './state';
import type { Phase } from './actuals';
import type { Rate } from '../rates';
import type { Period } from './timeline';

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

const m = formatMoney;

function snapshot(d: DebtState): DebtSnapshot {
  return {
    state: statusOf(d),
    principal: m(d.principal),
    overduePrincipal: m(d.overduePrincipal),
    interest: m(d.interest),
    penalty: m(d.penalty),
    fees: m(d.fees),
    balance: m(balanceOf(d)),
  };
}

/** Up to 8 decimals, enough to show the rounding step without 40 digits of noise. */
function short(x: Dec): string {
  return x.toDecimalPlaces(8).toString();
}

function rateText(facts: AccrualFacts): string {
  const { rate, unit } = facts;
  const given = rate.given.toString();
  if (rate.unit === unit) return `${given}/${unit === 'daily' ? 'day' : 'month'}`;
  const per = unit === 'daily' ? 'day' : 'month';
  const conversion: Record<string, string> = {
    'annual>daily': `${given}/365`,
    'monthly>daily': `${given}×12/365`,
    'annual>monthly': `${given}/12`,
    'daily>monthly': `${given}×365/12`,
  };
  return `(${conversion[`${rate.unit}>${unit}`] ?? given})/${per}`;
}

function accrualExplanation(facts: AccrualFacts): AccrualExplanation {
  const days = facts.days === null ? '' : ` × ${facts.days} days`;
  const exact = short(facts.exact);
  const posted = m(facts.posted);
  return {
    base: m(facts.base),
    baseParts: facts.parts.map((p) => ({ part: p.part, amount: m(p.amount) })),
    rateGiven: { unit: facts.rate.unit, value: facts.rate.given.toString() },
    rateUsed: facts.rateUsed.toString(),
    unit: facts.unit,
    days: facts.days,
    exact: facts.exact.toString(),
    posted,
    text: `${m(facts.base)} × ${rateText(facts)}${days} = ${exact}${exact === posted ? '' : ` → ${posted}`}`,
  };
}

function paymentText(phase: Phase, claim: Claim): string {
  let recorded = `the recorded payment ${m(claim.recorded)}`;
  if (claim.fromActual.lt(claim.recorded))
    recorded += ` (${m(claim.fromActual)} applied: the rest is more than was owed and is left unapplied)`;
  if (phase === 'past')
    return claim.recorded.isZero() ? 'no payment was recorded this month' : recorded;
  if (claim.recorded.isZero()) return 'planned';
  return `${recorded}, then the planned payment ${m(claim.fromDue.plus(claim.fromSurplus))}`;
}

function lateFeeText(rule: LateFeeRule, fee: LateFeeFacts): string {
  if (rule.kind === 'none') return 'no late fee rule';
  const base = fee.unpaidFees.isZero()
    ? `shortfall ${m(fee.shortfall)}`
    : `base ${m(fee.base.isNegative() ? ZERO : fee.base)} (shortfall ${m(fee.shortfall)} less unpaid fees ${m(fee.unpaidFees)}: no fee on fees)`;
  if (!fee.base.gt(ZERO)) return `${base}: nothing left to charge a fee on`;
  let text: string;
  if (rule.kind === 'fixed') text = `fixed late fee ${m(fee.ruled)} on ${base}`;
  else {
    const clamp = `at least ${rule.min}${rule.max === undefined ? '' : `, at most ${rule.max}`}`;
    text = `${rule.percent}% × ${base} = ${short(fee.exact)}, ${clamp} → ${m(fee.ruled)}`;
  }
  if (fee.amount.lt(fee.ruled) && fee.roomLeft !== null)
    text += `; cut to ${m(fee.amount)} by the court cap (room left after interest and penalty: ${m(fee.roomLeft)})`;
  return text;
}

function eventExplanation(e: AppliedEvent): EventExplanation {
  if (e.kind === 'waiver') {
    return {
      kind: 'waiver',
      date: e.date,
      penalty: m(e.penalty),
      interest: m(e.interest),
      fees: m(e.fees),
      text: `waived penalty ${m(e.penalty)}, interest ${m(e.interest)}, fees ${m(e.fees)}`,
    };
  }
  const p = e.plan;
  // What the plan really costs (v2 §13), as summary.installments lists it; nothing when T = 0.
  const cost = e.total.isZero() ? null : installmentSummary('', p);
  return {
    kind: 'installment',
    date: e.date,
    balance: m(e.balance),
    waived: m(e.waived),
    total: m(e.total),
    method: p.method,
    months: p.months,
    rate: p.rate.toString(),
    level: m(p.level),
    fee: m(p.fee),
    totalCost: cost?.totalCost ?? m(ZERO),
    apr: cost?.apr ?? m(ZERO),
    onBreak: p.onBreak,
    text:
      `balance ${m(e.balance)} − waived ${m(e.waived)} = ${m(e.total)} over ${p.months} months at ` +
      `${p.rate.toString()}/month (${p.method}): ` +
      (p.method === 'flatFee'
        ? `principal part ${m(p.level)} + fee ${m(p.fee)} a month`
        : `installment ${m(p.level)} a month`) +
      (cost === null
        ? ''
        : `; costs ${cost.totalCost} in all, an effective annual rate of ${cost.apr} % (IRR × 12)`) +
      (p.reinstate === null ? '' : `; if it breaks, the ${m(e.waived)} waived is owed again`),
  };
}

function rateGiven(rate: Rate | null): RateChangeExplanation['interestRate'] {
  return rate === null ? null : { unit: rate.unit, value: rate.given.toString() };
}

function rateChangeExplanation(change: RateChangeEvent): RateChangeExplanation {
  const parts: string[] = [];
  const per = { daily: 'a day', monthly: 'a month', annual: 'a year' } as const;
  const say = (what: string, rate: Rate | null) => {
    if (rate !== null) parts.push(`${what} ${rate.given.toString()} ${per[rate.unit]}`);
  };
  say('interest rate', change.interestRate);
  say('penalty rate', change.penaltyRate);
  return {
    date: change.date,
    interestRate: rateGiven(change.interestRate),
    penaltyRate: rateGiven(change.penaltyRate),
    text: `rate change of ${change.date} in force from this period: ${parts.join(', ')}`,
  };
}

function capExplanation(cap: CapFacts, unit: 'daily' | 'monthly', days: number): CapExplanation {
  const period = unit === 'monthly' ? '/ 12' : `× ${days} / 365`;
  const cuts: string[] = [];
  if (!cap.interestCut.isZero()) cuts.push(`interest cut by ${m(cap.interestCut)}`);
  if (!cap.penaltyCut.isZero()) cuts.push(`penalty cut by ${m(cap.penaltyCut)}`);
  return {
    annualRate: cap.annualRate.toString(),
    principal: m(cap.principal),
    room: m(cap.room),
    interestCut: m(cap.interestCut),
    penaltyCut: m(cap.penaltyCut),
    text:
      `court cap: principal ${m(cap.principal)} × ${cap.annualRate.toString()} ${period} = ${m(cap.room)} ` +
      `for interest, penalty and fees together` +
      (cuts.length === 0
        ? ''
        : `; ${cuts.join(', ')} (what a court would not uphold is not charged)`),
  };
}

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
