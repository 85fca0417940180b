import { compareStrategies, doNothingScenario } from '../../core/engine/compare';
import type { PlanResult } from '../../core/engine/output';
import { plan } from '../../core/engine/api';
import { Dec } from '../../core/money';
import { periodCost } from '../../core/planCost';
import { planWarnings } from '../../core/planWarnings';
import type { Scenario } from '../../core/scenario/types';
import { monthlyPaymentNeeded } from '../../core/whatIf';
import type { CostPoint, PlanBundle, PlanExtras } from './planProtocol';

/** Cumulative interest + penalty + fees over the plan, month by month. */
export function costTimeline(result: PlanResult): CostPoint[] {
  let total = new Dec(0);
  return result.schedule.map((row) => {
    total = total.plus(periodCost(row));
    return { month: row.month, start: row.start, cost: total.toFixed(2) };
  });
}

/** The months the cost comparisons cover: the chosen plan's own length, and at least a year. */
export function comparisonMonths(scenario: Scenario, result: PlanResult): number {
  return Math.min(scenario.horizonMonths, Math.max(12, result.schedule.length));
}

/**
 * What paying nothing at all costs over a year (or the whole horizon, if shorter): long
 * enough to show what waiting costs, short enough to be real — over decades, compound penalty
 * grows to figures no one would believe or pay.
 */
export function waitingCost(doNothing: CostPoint[]): PlanExtras['waiting'] {
  const months = Math.min(12, doNothing.length);
  return { months, cost: doNothing[months - 1]?.cost ?? '0.00' };
}

/** The plan and its warnings: what an edit must update at once. Pure: runs in the worker. */
export function planCore(scenario: Scenario, result: PlanResult, millis: number): PlanBundle {
  return { scenario, result, warnings: planWarnings(scenario, result), millis };
}

/**
 * The comparisons, one plan at a time: the generator pauses after each, so the worker can
 * answer a newer edit instead of finishing comparisons nobody will see. The minimum-only and
 * do-nothing series cover only the chosen plan's months — "in the time my plan takes" is what
 * the views compare, and left alone for decades compound penalty reaches figures that mean
 * nothing and cost real time to compute.
 */
export function* planExtrasSteps(
  scenario: Scenario,
  result: PlanResult,
): Generator<void, PlanExtras, void> {
  const months = comparisonMonths(scenario, result);
  const minimumOnly = plan({ ...scenario, strategy: 'minimumOnly', horizonMonths: months });
  yield;
  const doNothing = plan(doNothingScenario(scenario, months));
  yield;
  // The chosen plan and doing nothing are planned already: the comparison reuses them.
  const comparison = compareStrategies(scenario, {
    doNothingMonths: months,
    planned: { chosen: result.summary, doNothing: doNothing.summary },
  });
  yield;
  const paymentNeeded = result.summary.debtFree ? undefined : monthlyPaymentNeeded(scenario);
  const doNothingCosts = costTimeline(doNothing);
  return {
    comparison,
    costTimelines: {
      chosen: costTimeline(result),
      minimumOnly: costTimeline(minimumOnly),
      doNothing: doNothingCosts,
    },
    waiting: waitingCost(doNothingCosts),
    ...(paymentNeeded === undefined ? {} : { paymentNeeded }),
  };
}

/** Both parts at once, for callers that have no newer request to give way to (tests, print). */
export function buildPlanBundle(scenario: Scenario, result: PlanResult): PlanBundle {
  const steps = planExtrasSteps(scenario, result);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return { ...planCore(scenario, result, 0), extras: step.value };
}
