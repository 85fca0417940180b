import { Dec, HUNDRED, formatMoney as m, posted } from '../money';
import type { Due } from './dues';
import { balanceOf, type DebtState } from './state';

/** The due's rule as a formula on the debt's state after accrual (before payment). */
export function describeDue(d: DebtState, due: Due): string {
  const balance = balanceOf(d);
  switch (due.rule) {
    case 'installment':
      return `this period's installment ${m(due.amount)}`;
    case 'settlement':
      return `settlement: the lesser of the agreed amount and the balance ${m(balance)} = ${m(due.amount)}`;
    case 'savingForSettlement':
      return '0.00: the money is being saved for a settlement in a later month';
    case 'arrears':
      return (
        `arrears: overdue principal ${m(d.overduePrincipal)} + interest ${m(d.interest)} + ` +
        `penalty ${m(d.penalty)} + fees ${m(d.fees)} = ${m(due.amount)}`
      );
    case 'noMinimum':
      return '0.00: no minimum-payment rule';
    case 'minimum': {
      const rule = d.minimumPayment;
      if (rule.kind === 'fixed')
        return `fixed minimum ${rule.amount}, at most the balance ${m(balance)} = ${m(due.amount)}`;
      if (rule.kind === 'percentOfBalance') {
        const part = posted(new Dec(rule.percent).div(HUNDRED).times(balance));
        return `${rule.percent}% × balance ${m(balance)} = ${m(part)}, at least ${rule.floor}, at most the balance = ${m(due.amount)}`;
      }
      if (rule.kind === 'interestPlusPercent') {
        const part = posted(new Dec(rule.percent).div(HUNDRED).times(d.principal));
        return (
          `interest ${m(d.interest)} + penalty ${m(d.penalty)} + fees ${m(d.fees)} + ${rule.percent}% × principal ` +
          `${m(d.principal)} (${m(part)}), at least ${rule.floor}, at most the balance = ${m(due.amount)}`
        );
      }
      return m(due.amount);
    }
  }
}
