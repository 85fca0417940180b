import type { Scenario, Strategy } from '../scenario/types';
import type { PlanSummary } from './output';
import { runPlan } from './plan';

export type ComparisonKey = 'chosen' | Strategy | 'doNothing';

export interface StrategyComparison {
  /** Stable key for translation: 'chosen', another strategy's name, or 'doNothing'. */
  key: ComparisonKey;
  /** The strategy the variant was planned with. */
  strategy: Strategy;
  /** English label; the UI translates `key` instead. */
  label: string;
  summary: PlanSummary;
}

const LABELS: Record<Strategy, string> = {
  avalanche: 'Highest cost first (avalanche)',
  snowball: 'Smallest balance first (snowball)',
  custom: 'Your own order (custom)',
  minimumOnly: 'Minimum payments only',
};

/**
 * One household under its chosen strategy and the alternatives: the other strategies (custom only
 * when the household has a custom order), minimum payments only, and doing nothing
 * (paymentLimit "0.00" and no extras, which shows what waiting costs). Recorded payments
 * (model §14) are kept in every variant: history is history, the variants differ from asOf on.
 */
export interface CompareOptions {
  /**
   * How many months to plan the do-nothing variant over (default: the scenario's horizon). Left
   * alone for decades, compound penalty grows into figures no one would pay, and decimal
   * arithmetic on them is slow; a UI compares over the months its own plan takes.
   */
  doNothingMonths?: number;
}

export function compareStrategies(
  scenario: Scenario,
  options: CompareOptions = {},
): StrategyComparison[] {
  const summaryOf = (s: Scenario) => runPlan(s, null, false).summary;
  const chosen = scenario.strategy;
  const out: StrategyComparison[] = [
    {
      key: 'chosen',
      strategy: chosen,
      label: `${LABELS[chosen]} — chosen`,
      summary: summaryOf(scenario),
    },
  ];
  const others: Strategy[] = ['avalanche', 'snowball'];
  if (scenario.customOrder.length > 0) others.push('custom');
  others.push('minimumOnly');
  for (const strategy of others) {
    if (strategy === chosen) continue;
    out.push({
      key: strategy,
      strategy,
      label: LABELS[strategy],
      summary: summaryOf({ ...scenario, strategy }),
    });
  }
  const nothing = summaryOf({
    ...scenario,
    horizonMonths: options.doNothingMonths ?? scenario.horizonMonths,
    // Extras escape the payment limit (model §3), so doing nothing sets them aside too.
    budget: { ...scenario.budget, paymentLimit: '0.00', extras: [] },
  });
  out.push({
    key: 'doNothing',
    strategy: chosen,
    label: 'Do nothing (pay nothing at all)',
    // The headline is what the household can afford, whatever this variant does with it.
    summary: {
      ...nothing,
      affordableMonthly: out[0]?.summary.affordableMonthly ?? nothing.affordableMonthly,
    },
  });
  return out;
}
