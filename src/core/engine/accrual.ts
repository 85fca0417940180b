import type { Dec } from '../money';
import { ZERO, add, posted } from '../money';
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
  // Left to right as the model writes it (base × rate × days), so ties round as specified.
  const exact = monthly ? base.times(rateUsed) : base.times(rateUsed).times(days);
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

export interface PeriodAccrual {
  readonly interest: AccrualFacts;
  readonly penalty: AccrualFacts;
}

/**
 * Accrues one period on a debt that is neither paid nor under an installment agreement, and posts
 * both amounts (model §5). Both bases are taken before either is added, so this period's interest
 * never earns penalty in the same period.
 */
export function accruePeriod(d: DebtState, days: number, explain: boolean): PeriodAccrual {
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
  d.interest = add(d.interest, interest.posted);
  d.penalty = add(d.penalty, penalty.posted);
  d.totalInterest = add(d.totalInterest, interest.posted);
  d.totalPenalty = add(d.totalPenalty, penalty.posted);
  return { interest, penalty };
}

/** What one day would add now (model §10 dailyCostNow), unrounded: the caller posts the sum. */
export function dailyCost(d: DebtState): Dec {
  return interestBase(d)
    .times(d.interestRate.daily)
    .plus(penaltyBase(d).times(d.penaltyRate.daily));
}
