/**
 * Work done a little at a time: a generator that pauses after each month it plans, so that a
 * caller with newer work (the planning worker, given a newer edit's plan to make) can take it in
 * between instead of waiting for the whole plan, search or comparison.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps through, for callers that have nothing to give way to. */
export function finish<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
