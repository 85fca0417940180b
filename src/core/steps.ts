import type { PlanSummary } from './engine/output';
import { runPlan } from './engine/plan';
import type { Scenario } from './scenario/types';

/**
 * Work done one plan at a time: a generator that pauses after each plan it makes, so that a
 * caller with newer work (the planning worker, given a newer edit's plan to make) can take it in
 * between instead of waiting for the whole search or comparison.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps through, for callers that have nothing to give way to. */
export function finish<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * One plan's summary, then a pause: the plan without its schedule (the searches and comparisons
 * read only the summary, and formatting every month of every debt was most of a plan's time).
 */
export function* summaryStep(scenario: Scenario): Steps<PlanSummary> {
  const { summary } = runPlan(scenario, null, false);
  yield;
  return summary;
}
