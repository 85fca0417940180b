import type { StrategyComparison } from '../../core/engine/compare';
import { planCost } from '../../core/planCost';
import type { Strategy } from '../../core/scenario/types';

export interface CheaperStrategy {
  strategy: Strategy;
  /** How much less it costs than the chosen plan, "1234.56". */
  saving: string;
  /** Months sooner (positive) or later (negative) than the chosen plan; null if that is not debt-free. */
  monthsSooner: number | null;
}

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
  if (!best) return null;
  const saving = planCost(chosen.summary).minus(planCost(best.summary));
  // Not isPositive(): decimal.js counts zero as positive, and "save ¥0.00" is no advice.
  if (chosen.summary.debtFree && !saving.greaterThan(0)) return null;
  return {
    strategy: best.strategy,
    saving: saving.toFixed(2),
    monthsSooner:
      chosen.summary.months === null || best.summary.months === null
        ? null
        : chosen.summary.months - best.summary.months,
  };
}
