import type { Scenario } from '../scenario/types';
import type { DebtPeriodExplanation, PlanExplanations } from './explanation';
import type { Steps } from '../steps';
import type { PlanResult, PlanSummary } from './output';
import { runPlan, runPlanSteps } from './plan';
import { ExplainTracer } from './tracer';

/**
 * The plan of model §10 for a validated scenario (see validateScenario). Pure and deterministic:
 * the same scenario always gives the same plan, to the cent.
 */
export function plan(scenario: Scenario): PlanResult {
  return runPlan(scenario, null);
}

/** plan() one month at a time (see Steps). */
export function planSteps(scenario: Scenario): Steps<PlanResult> {
  return runPlanSteps(scenario, null);
}

/**
 * One plan's summary, a month at a time: the plan without its schedule (the searches and
 * comparisons read only the summary, and formatting every month of every debt was most of a
 * plan's time).
 */
export function* summarySteps(scenario: Scenario): Steps<PlanSummary> {
  const { summary } = yield* runPlanSteps(scenario, null, false);
  return summary;
}

/** The plan plus, per period and debt, the figures behind every amount in it. */
export function planDetailed(scenario: Scenario): {
  result: PlanResult;
  explanations: PlanExplanations;
} {
  const tracer = new ExplainTracer();
  const result = runPlan(scenario, tracer);
  return { result, explanations: tracer.explanations };
}

/** Why one debt's figures in one month are what they are; null if it is not in that month's row. */
export function explain(
  scenario: Scenario,
  month: number,
  debtId: string,
): DebtPeriodExplanation | null {
  return findExplanation(planDetailed(scenario).explanations, month, debtId);
}

export function findExplanation(
  explanations: PlanExplanations,
  month: number,
  debtId: string,
): DebtPeriodExplanation | null {
  const period =
    explanations.periods[month]?.month === month
      ? explanations.periods[month]
      : explanations.periods.find((p) => p.month === month);
  return period?.debts.find((d) => d.id === debtId) ?? null;
}
