import type { Scenario, Strategy } from '../scenario/types';
import type { PlanSummary } from './output';
import { formatMoney } from '../money';
import { FIRST_YEAR_MONTHS, planCost } from '../planCost';
import { type Steps, finish } from '../steps';
import { summarySteps } from './api';

export type ComparisonKey = 'chosen' | Strategy | 'doNothing';

export interface StrategyComparison {
  /** Stable key for translation: 'chosen', another strategy's name, or 'doNothing'. */
  key: ComparisonKey;
  /** The strategy the variant was planned with. */
  strategy: Strategy;
  summary: PlanSummary;
  /**
   * A variant never debt-free within the horizon (doing nothing aside): its interest, penalty and
   * fees over its first months, a year or the horizon if shorter. Over the whole horizon compound
   * penalty reaches figures no one would pay or believe; a year is what a person can weigh.
   */
  firstYear?: FirstYear;
}

export interface FirstYear {
  months: number;
  /** Interest + penalty + fees charged in those months, "1234.56". */
  cost: string;
  /** Of which penalty interest. */
  penalty: string;
}

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
  /**
   * Summaries the caller has already planned (the chosen plan over the scenario's horizon, doing
   * nothing over doNothingMonths): used as they are instead of planning the same thing again.
   */
  planned?: { chosen?: PlanSummary; doNothing?: PlanSummary };
}

/**
 * The household paying nothing at all for `months` (default: its horizon). Extras escape the
 * payment limit (model §3), so doing nothing sets them aside too; recorded payments stay.
 */
export function doNothingScenario(scenario: Scenario, months?: number): Scenario {
  return {
    ...scenario,
    horizonMonths: months ?? scenario.horizonMonths,
    budget: { ...scenario.budget, paymentLimit: '0.00', extras: [] },
  };
}

/** What a variant costs over its first year (see firstYear), a month at a time. */
function* firstYearOf(scenario: Scenario): Steps<FirstYear> {
  const months = Math.min(FIRST_YEAR_MONTHS, scenario.horizonMonths);
  const summary = yield* summarySteps({ ...scenario, horizonMonths: months });
  return {
    months,
    cost: formatMoney(planCost(summary)),
    penalty: summary.totalPenalty,
  };
}

/** A variant's row: its summary, and its first year's cost if it never ends. */
function* variant(
  key: ComparisonKey,
  scenario: Scenario,
  summary: PlanSummary,
): Steps<StrategyComparison> {
  const row: StrategyComparison = { key, strategy: scenario.strategy, summary };
  if (!summary.debtFree) row.firstYear = yield* firstYearOf(scenario);
  return row;
}

/** compareStrategies a month at a time: it pauses within each variant it plans. */
export function* compareStrategiesSteps(
  scenario: Scenario,
  options: CompareOptions = {},
): Steps<StrategyComparison[]> {
  const chosen = scenario.strategy;
  const out: StrategyComparison[] = [
    yield* variant('chosen', scenario, options.planned?.chosen ?? (yield* summarySteps(scenario))),
  ];
  const others: Strategy[] = ['avalanche', 'snowball'];
  if (scenario.customOrder.length > 0) others.push('custom');
  others.push('minimumOnly');
  for (const strategy of others) {
    if (strategy === chosen) continue;
    const other = { ...scenario, strategy };
    out.push(yield* variant(strategy, other, yield* summarySteps(other)));
  }
  const nothing =
    options.planned?.doNothing ??
    (yield* summarySteps(doNothingScenario(scenario, options.doNothingMonths)));
  out.push({
    key: 'doNothing',
    strategy: chosen,
    // The headline is what the household can afford, whatever this variant does with it.
    summary: {
      ...nothing,
      affordableMonthly: out[0]?.summary.affordableMonthly ?? nothing.affordableMonthly,
    },
  });
  return out;
}

export function compareStrategies(
  scenario: Scenario,
  options: CompareOptions = {},
): StrategyComparison[] {
  return finish(compareStrategiesSteps(scenario, options));
}
