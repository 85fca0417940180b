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
 * Sorts in place by insertion: on a list already in order it compares each neighbour pair once.
 * Plans keep their debts' order from one month to the next, so this is what avalanche and
 * snowball mostly see — a general sort compares decimals n log n times every month.
 */
function insertionSort<T>(items: T[], compare: (a: T, b: T) => number): void {
  for (let i = 1; i < items.length; i++) {
    const item = items[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j--;
    }
    items[j + 1] = item;
  }
}

/**
 * Orders the unpaid debts for this period, on their state after accrual. Ties fall through to the
 * next key and finally to input order, so the order is total and reproducible. `minimumOnly` uses
 * input order. `previous` holds each debt's place in the last period's order (by debt index): the
 * debts start from there, so that a month whose order did not change costs n − 1 comparisons.
 */
export function orderDebts<T extends { readonly debt: DebtState; readonly balance: Dec }>(
  items: readonly T[],
  strategy: Strategy,
  customRank: ReadonlyMap<string, number>,
  previous: number[],
): T[] {
  const keyed: Keyed<T>[] = items.map((item) => ({
    item,
    index: item.debt.index,
    cost: strategy === 'avalanche' || strategy === 'snowball' ? marginalDailyCost(item.debt) : ZERO,
    balance: item.balance,
    rank: customRank.get(item.debt.id) ?? customRank.size + item.debt.index,
  }));
  // The order is total, so any correct sort gives the same result; the start only saves work.
  keyed.sort((a, b) => (previous[a.index] ?? a.index) - (previous[b.index] ?? b.index));
  insertionSort(keyed, COMPARE[strategy]);
  keyed.forEach((k, place) => (previous[k.index] = place));
  return keyed.map((k) => k.item);
}
