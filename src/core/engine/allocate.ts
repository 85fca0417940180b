import type { Dec } from '../money';
import { ZERO, isAboveZero, minDec } from '../money';
import type { DueRule } from './dues';
import type { DebtState } from './state';

/** One debt's place in this period's payment round. */
export interface Claim {
  readonly debt: DebtState;
  readonly rule: DueRule;
  readonly due: Dec;
  /** The debt's balance after this period's agreements and accrual, before payment. */
  readonly balance: Dec;
  /** Whether it may take surplus beyond its due (model §7.3). */
  readonly takesSurplus: boolean;
  /** v2 §14: the payments recorded for it in this period, and the part applied (at most owed). */
  recorded: Dec;
  fromActual: Dec;
  fromDue: Dec;
  fromSurplus: Dec;
}

/** The order of the due groups in model §7.2. */
const GROUPS: readonly (readonly DueRule[])[] = [
  ['installment'],
  ['settlement'],
  ['minimum', 'noMinimum'],
  ['arrears'],
];

/**
 * Pays the period's money: dues group by group, each group in strategy order, then (unless the
 * strategy is minimumOnly) the surplus in strategy order up to each debt's whole balance.
 * `ordered` is already in strategy order. What a debt already received from recorded payments
 * (v2 §14) counts towards its due and its balance. Returns the money left over (the period's
 * unallocated).
 */
export function allocate(ordered: readonly Claim[], money: Dec, paySurplus: boolean): Dec {
  let left = money;
  for (const group of GROUPS) {
    for (const claim of ordered) {
      if (left.isZero()) return left;
      if (!group.includes(claim.rule)) continue;
      const due = claim.fromActual.isZero() ? claim.due : claim.due.minus(claim.fromActual);
      if (!isAboveZero(due)) continue;
      const amount = minDec(due, left);
      claim.fromDue = amount;
      left = left.minus(amount);
    }
  }
  if (!paySurplus) return left;
  for (const claim of ordered) {
    if (left.isZero()) return left;
    if (!claim.takesSurplus) continue;
    const room = claim.balance.minus(claim.fromActual).minus(claim.fromDue);
    if (!isAboveZero(room)) continue;
    const amount = minDec(room, left);
    claim.fromSurplus = amount;
    left = left.minus(amount);
  }
  return left;
}

/** Where a payment went inside one debt. */
export interface PaymentSplit {
  readonly fees: Dec;
  readonly penalty: Dec;
  readonly interest: Dec;
  readonly principal: Dec;
}

/**
 * Fees L, then penalty F, then interest I, then principal P (PRC Civil Code art. 561: costs,
 * interest, then the principal debt); a payment to P reduces the overdue part O first.
 */
export function applyPayment(d: DebtState, amount: Dec, balance: Dec): PaymentSplit {
  if (amount.isZero()) return NO_PAYMENT;
  if (amount.eq(balance)) {
    // Paid off: everything goes, in the same order, without the arithmetic.
    const split = {
      fees: d.fees,
      penalty: d.penalty,
      interest: d.interest,
      principal: d.principal,
    };
    d.fees = d.penalty = d.interest = d.principal = d.overduePrincipal = ZERO;
    d.totalPaid = d.totalPaid.plus(amount);
    return split;
  }
  let left = amount;
  let fees = ZERO;
  let penalty = ZERO;
  let interest = ZERO;
  let principal = ZERO;
  // Each part is touched only when owed and money is left: most parts are zero most periods.
  if (!d.fees.isZero()) {
    fees = minDec(d.fees, left);
    left = left.minus(fees);
    d.fees = d.fees.minus(fees);
  }
  if (!d.penalty.isZero() && !left.isZero()) {
    penalty = minDec(d.penalty, left);
    left = left.minus(penalty);
    d.penalty = d.penalty.minus(penalty);
  }
  if (!d.interest.isZero() && !left.isZero()) {
    interest = minDec(d.interest, left);
    left = left.minus(interest);
    d.interest = d.interest.minus(interest);
  }
  if (!left.isZero()) {
    principal = minDec(d.principal, left);
    d.principal = d.principal.minus(principal);
    d.overduePrincipal = d.overduePrincipal.gt(principal)
      ? d.overduePrincipal.minus(principal)
      : ZERO;
  }
  d.totalPaid = d.totalPaid.plus(amount);
  return { fees, penalty, interest, principal };
}

const NO_PAYMENT: PaymentSplit = { fees: ZERO, penalty: ZERO, interest: ZERO, principal: ZERO };
