import { type Dec, ZERO, formatMoney } from '../money';
import type { LateFeeRule } from '../scenario/types';
import type { AccrualFacts, CapFacts } from './accrual';
import type { AppliedEvent } from './agreements';
import type { Claim } from './allocate';
import type {
  AccrualExplanation,
  CapExplanation,
  RateChangeExplanation,
  DebtSnapshot,
  EventExplanation,
} from './explanation';
import { installmentSummary } from './installmentCost';
import type { LateFeeFacts } from './shortfall';
import { balanceOf, statusOf, type DebtState, type RateChangeEvent } from './state';
import type { Phase } from './actuals';
import type { Rate } from '../rates';

// The words of an explanation: each engine fact (an accrual, a payment, an event, a late fee, the
// cap) as the figures and sentence the schedule's "why?" shows. The tracer collects the facts.

const m = formatMoney;

export function snapshot(d: DebtState): DebtSnapshot {
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
export function short(x: Dec): string {
  return x.toDecimalPlaces(8).toString();
}

export function rateText(facts: AccrualFacts): string {
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

export function accrualExplanation(facts: AccrualFacts): AccrualExplanation {
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

export function paymentText(phase: Phase, claim: Claim): string {
  let recorded = `the recorded payment ${m(claim.recorded)}`;
  if (claim.fromActual.lt(claim.recorded))
    recorded += ` (${m(claim.fromActual)} applied: the rest is more than was owed and is left unapplied)`;
  if (phase === 'past')
    return claim.recorded.isZero() ? 'no payment was recorded this month' : recorded;
  if (claim.recorded.isZero()) return 'planned';
  return `${recorded}, then the planned payment ${m(claim.fromDue.plus(claim.fromSurplus))}`;
}

export function lateFeeText(rule: LateFeeRule, fee: LateFeeFacts): string {
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

export function eventExplanation(e: AppliedEvent): EventExplanation {
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

export function rateGiven(rate: Rate | null): RateChangeExplanation['interestRate'] {
  return rate === null ? null : { unit: rate.unit, value: rate.given.toString() };
}

export function rateChangeExplanation(change: RateChangeEvent): RateChangeExplanation {
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

export function capExplanation(
  cap: CapFacts,
  unit: 'daily' | 'monthly',
  days: number,
): CapExplanation {
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
