import { type Dec, ZERO } from '../money';
import { monthlyToDaily } from '../rates';
import type { Strategy } from '../scenario/types';
import type { DebtState } from './state';

/** The daily cost of one more unpaid yuan on this debt, used by avalanche (model §7). */
export function marginalDailyCost(d: DebtState): Dec {
  if (d.installment !== null) return monthlyToDaily(d.installment.rate);
  return d.overduePrincipal.isZero() ? d.interestRate.daily : d.penaltyRate.daily;
}

interface Keyed<T> {
  readonly item: T;
  readonly index: number;
  readonly cost: Dec;
  readonly balance: Dec;
  readonly rank: number;
}

type Compare = (a: Keyed<unknown>, b: Keyed<unknown>) => number;

// Module-level comparators: built once, not per period.
const byAvalanche: Compare = (a, b) =>
  b.cost.comparedTo(a.cost) || a.balance.comparedTo(b.balance) || a.index - b.index;
const bySnowball: Compare = (a, b) =>
  a.balance.comparedTo(b.balance) || b.cost.comparedTo(a.cost) || a.index - b.index;
const byCustom: Compare = (a, b) => a.rank - b.rank || a.index - b.index;
const byInput: Compare = (a, b) => a.index - b.index;

const COMPARE: Record<Strategy, Compare> = {
  avalanche: byAvalanche,
  snowball: bySnowball,
  custom: byCustom,
  minimumOnly: byInput,
};

/**
 * Orders the unpaid debts for this period, on their state after accrual. Ties fall through to the
 * next key and finally to input order, so the order is total and reproducible. `minimumOnly` uses
 * input order.
 */
export function orderDebts<T extends { readonly debt: DebtState; readonly balance: Dec }>(
  items: readonly T[],
  strategy: Strategy,
  customRank: ReadonlyMap<string, number>,
): T[] {
  const keyed: Keyed<T>[] = items.map((item) => ({
    item,
    index: item.debt.index,
    cost: strategy === 'avalanche' || strategy === 'snowball' ? marginalDailyCost(item.debt) : ZERO,
    balance: item.balance,
    rank: customRank.get(item.debt.id) ?? customRank.size + item.debt.index,
  }));
  return keyed.sort(COMPARE[strategy]).map((k) => k.item);
}
