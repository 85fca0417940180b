import { type Dec, ZERO, add, maxDec, minDec, posted, sub } from '../money';
import type { DebtState } from './state';

/** Which rule of model §6 set the due; also the payment group of §7.2. */
export type DueRule =
  'installment' | 'settlement' | 'savingForSettlement' | 'arrears' | 'minimum' | 'noMinimum';

export interface Due {
  readonly rule: DueRule;
  readonly amount: Dec;
}

/** A `current` debt's minimum payment, on its balance after this period's accrual. */
export function minimumDue(d: DebtState, balance: Dec): Dec {
  const rule = d.minimum;
  switch (rule.kind) {
    case 'percentOfBalance': {
      const part = posted(rule.fraction.times(balance));
      return minDec(balance, maxDec(rule.floor, part));
    }
    case 'fixed':
      return minDec(balance, rule.amount);
    case 'interestPlusPercent': {
      const part = posted(rule.fraction.times(d.principal));
      const owed = add(add(add(d.interest, d.penalty), d.fees), part);
      return minDec(balance, maxDec(rule.floor, owed));
    }
    case 'none':
      return ZERO;
  }
}

/**
 * Arrears of an `overdue` debt: everything the lender is demanding now, O + I + F + L — taken as
 * the balance P + I + F + L less P − O, the principal not yet overdue that accrual has just
 * computed: one subtraction (none for a debt wholly overdue) instead of three additions.
 */
export function arrears(balance: Dec, notOverdue: Dec): Dec {
  return sub(balance, notOverdue);
}

/**
 * Model §6, first rule that applies. Installments are handled by the caller (they carry their own
 * split); this covers the rest, for a debt not under an agreement. `balance` is P + I + F + L after
 * this period's accrual and `notOverdue` is P − O (the interest base).
 */
export function dueFor(
  d: DebtState,
  settlement: { now: Dec | null; later: boolean },
  balance: Dec,
  notOverdue: Dec,
): Due {
  if (settlement.now !== null)
    return { rule: 'settlement', amount: minDec(settlement.now, balance) };
  if (settlement.later) return { rule: 'savingForSettlement', amount: ZERO };
  if (!d.overduePrincipal.isZero())
    return { rule: 'arrears', amount: arrears(balance, notOverdue) };
  if (d.minimum.kind === 'none') return { rule: 'noMinimum', amount: ZERO };
  return { rule: 'minimum', amount: minimumDue(d, balance) };
}
