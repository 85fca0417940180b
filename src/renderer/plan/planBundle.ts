import { compareStrategiesSteps, doNothingScenario } from '../../core/engine/compare';
import type { PlanResult } from '../../core/engine/output';
import { planSteps } from '../../core/engine/api';
import { Dec } from '../../core/money';
import { FIRST_YEAR_MONTHS, periodCost, planCost } from '../../core/planCost';
import { planWarnings } from '../../core/planWarnings';
import type { Scenario } from '../../core/scenario/types';
import { monthlyPaymentToClearWithinSteps } from '../../core/whatIf';
import { type Steps, finish } from '../../core/steps';
import { isLongRun, yearAhead } from '../dashboard/yearAhead';
import type { CostPoint, LongRunOptions, PlanBundle, PlanExtras } from './planProtocol';

/**
 * Cumulative interest + penalty + fees over the plan, month by month; a month at a time, as
 * 600 months of 20 debts take tens of milliseconds.
 */
function* costTimelineSteps(result: PlanResult): Steps<CostPoint[]> {
  let total = new Dec(0);
  const points: CostPoint[] = [];
  for (const row of result.schedule) {
    total = total.plus(periodCost(row));
    points.push({ month: row.month, start: row.start, cost: total.toFixed(2) });
    yield;
  }
  return points;
}

/** The months the cost comparisons cover: the chosen plan's own length, and at least a year. */
export function comparisonMonths(scenario: Scenario, result: PlanResult): number {
  return Math.min(scenario.horizonMonths, Math.max(FIRST_YEAR_MONTHS, result.schedule.length));
}

/**
 * What paying nothing at all costs over a year (or the whole horizon, if shorter): long
 * enough to show what waiting costs, short enough to be real — over decades, compound penalty
 * grows to figures no one would believe or pay.
 */
export function waitingCost(doNothing: CostPoint[]): PlanExtras['waiting'] {
  const months = Math.min(FIRST_YEAR_MONTHS, doNothing.length);
  return { months, cost: doNothing[months - 1]?.cost ?? '0.00' };
}

/** What Chinese courts uphold of a financial institution's charges together, a year (model §15). */
export const COURT_CAP = { annualRate: '0.24' } as const;

/** "Debt-free in 3 years" and "in 5 years": near enough to plan a life around. */
export const CLEAR_WITHIN_MONTHS = [36, 60] as const;

/** The court-upheld view of the same plan: what it costs and whether it clears. */
function* courtViewSteps(scenario: Scenario): Steps<LongRunOptions['courtView']> {
  const capped = { ...scenario, chargeCap: COURT_CAP };
  const result = yield* planSteps(capped);
  const year = yearAhead(capped, result);
  return {
    debtFree: result.summary.debtFree,
    debtFreeDate: result.summary.debtFreeDate,
    cost: planCost(result.summary).toFixed(2),
    owedNow: year.now,
    owedAfterYear: year.after,
  };
}

/** The plan and its warnings: what an edit must update at once. Pure: runs in the worker. */
export function planCore(scenario: Scenario, result: PlanResult, millis: number): PlanBundle {
  return { scenario, result, warnings: planWarnings(scenario, result), millis };
}

/**
 * The comparisons, a month at a time: the generator pauses after each month of each plan it makes
 * (the searches' and the strategies' comparison's too), so the worker can answer a newer edit
 * instead of finishing comparisons nobody will see. The minimum-only and
 * do-nothing series cover only the chosen plan's months — "in the time my plan takes" is what
 * the views compare, and left alone for decades compound penalty reaches figures that mean
 * nothing and cost real time to compute.
 */
export function* planExtrasSteps(scenario: Scenario, result: PlanResult): Steps<PlanExtras> {
  const months = comparisonMonths(scenario, result);
  const minimumOnly = yield* planSteps({
    ...scenario,
    strategy: 'minimumOnly',
    horizonMonths: months,
  });
  const doNothing = yield* planSteps(doNothingScenario(scenario, months));
  // The chosen plan and doing nothing are planned already: the comparison reuses them.
  const comparison = yield* compareStrategiesSteps(scenario, {
    doNothingMonths: months,
    planned: { chosen: result.summary, doNothing: doNothing.summary },
  });
  let longRun: LongRunOptions | undefined;
  if (isLongRun(result.summary)) {
    // Each search is a bisection of plans bounded to its months, then one capped plan.
    const clearWithin = [];
    for (const months of CLEAR_WITHIN_MONTHS) {
      clearWithin.push({
        months,
        payment: yield* monthlyPaymentToClearWithinSteps(scenario, months),
      });
    }
    longRun = { clearWithin, courtView: yield* courtViewSteps(scenario) };
  }
  const doNothingCosts = yield* costTimelineSteps(doNothing);
  return {
    comparison,
    costTimelines: {
      chosen: yield* costTimelineSteps(result),
      minimumOnly: yield* costTimelineSteps(minimumOnly),
      doNothing: doNothingCosts,
    },
    waiting: waitingCost(doNothingCosts),
    ...(longRun ? { longRun } : {}),
  };
}

/** Both parts at once, for callers that have no newer request to give way to (tests, print). */
export function buildPlanBundle(scenario: Scenario, result: PlanResult): PlanBundle {
  return { ...planCore(scenario, result, 0), extras: finish(planExtrasSteps(scenario, result)) };
}
