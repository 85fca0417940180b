import type { StrategyComparison } from '../../core/engine/compare';
import { planCost } from '../../core/planCost';
import type { Strategy } from '../../core/scenario/types';

export type CheaperStrategy =
  /** Both orders clear the debts: this one for `saving` less, `monthsSooner` sooner (or later). */
  | { strategy: Strategy; saving: string; monthsSooner: number }
  /**
   * The chosen order never clears the debts and this one does, in `clearsIn` months. No saving
   * is given then: the chosen order's total over the whole horizon is a compounded figure that
   * means nothing, so the difference from it would too.
   */
  | { strategy: Strategy; clearsIn: number };

/**
 * The cheapest other way of ordering payments that clears the debts, when it costs less than the
 * chosen one (or the chosen one never clears them). Minimum payments only and doing nothing are
 * comparisons, not plans: they are never recommended.
 */
export function cheaperStrategy(comparison: readonly StrategyComparison[]): CheaperStrategy | null {
  const chosen = comparison.find((row) => row.key === 'chosen');
  if (!chosen) return null;
  const candidates = comparison.filter(
    (row) =>
      row.key !== 'chosen' &&
      row.key !== 'doNothing' &&
      row.strategy !== 'minimumOnly' &&
      row.summary.debtFree,
  );
  const best = candidates.reduce<StrategyComparison | null>(
    (cheapest, row) =>
      cheapest === null || planCost(row.summary).lessThan(planCost(cheapest.summary))
        ? row
        : cheapest,
    null,
  );
  if (!best || best.summary.months === null) return null;
  if (!chosen.summary.debtFree) return { strategy: best.strategy, clearsIn: best.summary.months };
  const saving = planCost(chosen.summary).minus(planCost(best.summary));
  // Not isPositive(): decimal.js counts zero as positive, and "save ¥0.00" is no advice.
  if (!saving.greaterThan(0)) return null;
  return {
    strategy: best.strategy,
    saving: saving.toFixed(2),
    monthsSooner: (chosen.summary.months ?? 0) - best.summary.months,
  };
}
