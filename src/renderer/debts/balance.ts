import { Dec } from '../../core/money';
import type { DebtRow } from '../db/AppDB';

type Parts = Pick<DebtRow, 'principal' | 'interest' | 'penalty' | 'fees'>;

const amount = (text: string | undefined): Dec =>
  text !== undefined && /^\d+(\.\d{1,2})?$/.test(text) ? new Dec(text) : new Dec(0);

/** What is owed: principal + interest + penalty interest + fees (model §4), as money text. */
export function balanceOf(debt: Parts): string {
  return amount(debt.principal)
    .plus(amount(debt.interest))
    .plus(amount(debt.penalty))
    .plus(amount(debt.fees))
    .toFixed(2);
}

/** `overdue` when any principal is overdue, else `current` (model §4). */
export function stateOf(
  debt: Pick<DebtRow, 'overdue' | 'overduePrincipal'>,
): 'current' | 'overdue' {
  return debt.overdue === true || amount(debt.overduePrincipal).gt(0) ? 'overdue' : 'current';
}
