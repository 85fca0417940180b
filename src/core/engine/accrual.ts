import { Dec, ZERO, add, minDec, posted } from '../money';
import type { Rate } from '../rates';
import type { DebtState } from './state';

/** The facts behind one posted accrual: enough to show "base × rate × days = amount". */
export interface AccrualFacts {
  readonly base: Dec;
  /** What the base is made of, for the explanation (O, P − O, unpaid I, unpaid F). */
  readonly parts: readonly { readonly part: BasePart; readonly amount: Dec }[];
  readonly rate: Rate;
  /** The rate per accrual step actually used: the daily rate, or the monthly one. */
  readonly rateUsed: Dec;
  readonly unit: 'daily' | 'monthly';
  /** Days multiplied in (daily accrual) or null (monthly accrual). */
  readonly days: number | null;
  readonly exact: Dec;
  readonly posted: Dec;
}

export type BasePart =
  'principalNotOverdue' | 'overduePrincipal' | 'unpaidInterest' | 'unpaidPenalty';

const NONE: readonly { part: BasePart; amount: Dec }[] = [];

/** Per daily rate: its significant digits plus two (for the days), and rate × days by days. */
const rateDays = new WeakMap<Dec, { readonly digits: number; readonly byDays: Map<number, Dec> }>();

/**
 * base × rate × days, left to right as the model writes it, so that a rate with more digits than
 * the working precision (an annual rate / 365) rounds as specified. When no product can reach the
 * precision — the base's digits and the rate's (plus two for the days) within it — every product
 * is exact and the order cannot change the value: rate × days, the same for every debt and every
 * period of that length, is then multiplied once per plan instead of once per debt-period.
 */
function dailyAccrual(base: Dec, rate: Dec, days: number): Dec {
  let perRate = rateDays.get(rate);
  if (perRate === undefined)
    rateDays.set(rate, (perRate = { digits: rate.sd() + 2, byDays: new Map() }));
  if (base.sd() + perRate.digits > Dec.precision) return base.times(rate).times(days);
  let factor = perRate.byDays.get(days);
  if (factor === undefined) perRate.byDays.set(days, (factor = rate.times(days)));
  return base.times(factor);
}

function accrue(
  base: Dec,
  parts: readonly { part: BasePart; amount: Dec }[],
  rate: Rate,
  monthly: boolean,
  days: number,
): AccrualFacts {
  const rateUsed = monthly ? rate.monthly : rate.daily;
  if (base.isZero() || rateUsed.isZero()) {
    return {
      base,
      parts,
      rate,
      rateUsed,
      unit: monthly ? 'monthly' : 'daily',
      days: monthly ? null : days,
      exact: ZERO,
      posted: ZERO,
    };
  }
  const exact = monthly ? base.times(rateUsed) : dailyAccrual(base, rateUsed, days);
  return {
    base,
    parts,
    rate,
    rateUsed,
    unit: monthly ? 'monthly' : 'daily',
    days: monthly ? null : days,
    exact,
    posted: posted(exact),
  };
}

/** Interest base P − O: the part of the principal that is not yet overdue (model §5). */
export function interestBase(d: DebtState): Dec {
  return d.overduePrincipal.isZero() ? d.principal : d.principal.minus(d.overduePrincipal);
}

/** Penalty base: O, plus I when penaltyBase says so or when compounding; plus F when compounding. */
export function penaltyBase(d: DebtState): Dec {
  let base = d.overduePrincipal;
  if (d.compound || d.penaltyOnInterest) base = add(base, d.interest);
  if (d.compound) base = add(base, d.penalty);
  return base;
}

function penaltyParts(d: DebtState): { part: BasePart; amount: Dec }[] {
  const parts: { part: BasePart; amount: Dec }[] = [
    { part: 'overduePrincipal', amount: d.overduePrincipal },
  ];
  if (d.compound || d.penaltyOnInterest) parts.push({ part: 'unpaidInterest', amount: d.interest });
  if (d.compound) parts.push({ part: 'unpaidPenalty', amount: d.penalty });
  return parts;
}

/** What the court cap (v2 §15) allowed a debt this period, and what it cut. */
export interface CapFacts {
  /** The annual rate of principal, and the principal it applies to. */
  readonly annualRate: Dec;
  readonly principal: Dec;
  /** posted(P × r × days / 365), or posted(P × r / 12) with monthly accrual. */
  readonly room: Dec;
  readonly interestCut: Dec;
  readonly penaltyCut: Dec;
}

export interface PeriodAccrual {
  readonly interest: AccrualFacts;
  readonly penalty: AccrualFacts;
  /** The amounts charged: the posted ones, cut to the cap's room when there is a cap. */
  readonly interestCharged: Dec;
  readonly penaltyCharged: Dec;
  readonly cap: CapFacts | null;
}

const DAYS_PER_YEAR = 365;
const MONTHS_PER_YEAR = 12;

/** The cap's room for one period (v2 §15), on the principal before this period's accrual. */
export function capRoom(d: DebtState, annualRate: Dec, days: number): Dec {
  return posted(
    d.monthlyAccrual
      ? d.principal.times(annualRate).div(MONTHS_PER_YEAR)
      : d.principal.times(annualRate).times(days).div(DAYS_PER_YEAR),
  );
}

/**
 * Accrues one period on a debt that is neither paid nor under an installment agreement, and posts
 * both amounts (model §5). Both bases are taken before either is added, so this period's interest
 * never earns penalty in the same period. With a cap (v2 §15) the posted interest is cut to the
 * room, then the penalty to what is left; what is cut is never charged.
 */
export function accruePeriod(
  d: DebtState,
  days: number,
  explain: boolean,
  capRate: Dec | null,
): PeriodAccrual {
  const iBase = interestBase(d);
  const fBase = penaltyBase(d);
  const interest = accrue(
    iBase,
    explain ? [{ part: 'principalNotOverdue', amount: iBase }] : NONE,
    d.interestRate,
    d.monthlyAccrual,
    days,
  );
  const penalty = accrue(
    fBase,
    explain ? penaltyParts(d) : NONE,
    d.penaltyRate,
    d.monthlyAccrual,
    days,
  );
  let interestCharged = interest.posted;
  let penaltyCharged = penalty.posted;
  let cap: CapFacts | null = null;
  if (capRate !== null) {
    const room = capRoom(d, capRate, days);
    interestCharged = minDec(interestCharged, room);
    penaltyCharged = minDec(penaltyCharged, room.minus(interestCharged));
    cap = {
      annualRate: capRate,
      principal: d.principal,
      room,
      interestCut: interest.posted.minus(interestCharged),
      penaltyCut: penalty.posted.minus(penaltyCharged),
    };
  }
  d.interest = add(d.interest, interestCharged);
  d.penalty = add(d.penalty, penaltyCharged);
  d.totalInterest = add(d.totalInterest, interestCharged);
  d.totalPenalty = add(d.totalPenalty, penaltyCharged);
  return { interest, penalty, interestCharged, penaltyCharged, cap };
}

/**
 * What one day would add now (model §10 dailyCostNow), unrounded: the caller posts the sum. It
 * uses the rates in force in period 0 (every change dated before its end, §12) and, with a cap,
 * is at most P × r / 365.
 */
export function dailyCost(d: DebtState, capRate: Dec | null): Dec {
  let { interestRate, penaltyRate } = d;
  for (const change of d.rateChanges) {
    if (change.period > 0) break;
    interestRate = change.interestRate ?? interestRate;
    penaltyRate = change.penaltyRate ?? penaltyRate;
  }
  const cost = interestBase(d)
    .times(interestRate.daily)
    .plus(penaltyBase(d).times(penaltyRate.daily));
  return capRate === null ? cost : minDec(cost, d.principal.times(capRate).div(DAYS_PER_YEAR));
}
