import type { Dec } from '../money';
import { monthlyToDaily } from '../rates';
import type { Strategy } from '../scenario/types';
import { balanceOf, type DebtState } from './state';

/** The daily cost of one more unpaid yuan on this debt, used by avalanche (model §7). */
export function marginalDailyCost(d: DebtState): Dec {
  if (d.installment !== null) return monthlyToDaily(d.installment.rate);
  return d.overduePrincipal.isZero() ? d.interestRate.daily : d.penaltyRate.daily;
}

interface Keyed<T> {
  readonly item: T;
  readonly debt: DebtState;
  readonly cost: Dec;
  readonly balance: Dec;
  readonly rank: number;
}

/**
 * Orders the unpaid debts for this period, on their state after accrual. Ties fall through to the
 * next key and finally to input order, so the order is total and reproducible.
 */
export function orderDebts<T extends { readonly debt: DebtState }>(
  items: readonly T[],
  strategy: Strategy,
  customRank: ReadonlyMap<string, number>,
): T[] {
  if (strategy === 'minimumOnly') return [...items].sort((a, b) => a.debt.index - b.debt.index);
  const keyed: Keyed<T>[] = items.map((item) => ({
    item,
    debt: item.debt,
    cost: marginalDailyCost(item.debt),
    balance: balanceOf(item.debt),
    rank: customRank.get(item.debt.id) ?? customRank.size + item.debt.index,
  }));
  const byCost = (a: Keyed<T>, b: Keyed<T>) => b.cost.comparedTo(a.cost);
  const byBalance = (a: Keyed<T>, b: Keyed<T>) => a.balance.comparedTo(b.balance);
  const byIndex = (a: Keyed<T>, b: Keyed<T>) => a.debt.index - b.debt.index;
  let compare: (a: Keyed<T>, b: Keyed<T>) => number;
  switch (strategy) {
    case 'avalanche':
      compare = (a, b) => byCost(a, b) || byBalance(a, b) || byIndex(a, b);
      break;
    case 'snowball':
      compare = (a, b) => byBalance(a, b) || byCost(a, b) || byIndex(a, b);
      break;
    case 'custom':
      compare = (a, b) => a.rank - b.rank || byIndex(a, b);
      break;
  }
  return keyed.sort(compare).map((k) => k.item);
}
