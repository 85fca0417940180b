import { describe, expect, it } from 'vitest';
import {
  compareStrategies,
  compareStrategiesSteps,
  doNothingScenario,
} from '../../src/core/engine/compare';
import { plan, planSteps } from '../../src/core/engine/api';
import type { Scenario } from '../../src/core/scenario/types';
import type { Steps } from '../../src/core/steps';
import {
  monthlyPaymentToClearWithin,
  monthlyPaymentToClearWithinSteps,
} from '../../src/core/whatIf';
import { fixtureScenario } from './fixtures';

/** How many times the steps pause before their answer, and the answer. */
function paced<T>(steps: Steps<T>): { pauses: number; value: T } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { pauses, value: step.value };
    pauses++;
  }
}

// The planning worker answers a newer edit between two steps of the comparisons: each step must
// be one month of one plan, never a whole plan (600 months of 20 debts doing nothing take 150
// ms), a whole search or a whole comparison.
describe('the comparisons pause after every month they plan', () => {
  const scenario = { ...fixtureScenario('03-'), strategy: 'avalanche' as const };
  const months = (s: Scenario) => plan(s).schedule.length;

  it('a plan: once per month, and the same plan as made at once', () => {
    const stepped = paced(planSteps(scenario));
    expect(stepped.pauses).toBe(months(scenario));
    expect(stepped.value).toEqual(plan(scenario));
  });

  it('comparing strategies: the same comparison; the plans given are not made again', () => {
    const all = paced(compareStrategiesSteps(scenario));
    expect(all.value).toEqual(compareStrategies(scenario));
    const given = paced(
      compareStrategiesSteps(scenario, {
        planned: {
          chosen: plan(scenario).summary,
          doNothing: compareStrategies(scenario).at(-1)?.summary,
        },
      }),
    );
    expect(all.pauses - given.pauses).toBe(months(scenario) + months(doNothingScenario(scenario)));
  });

  it('the search for the payment that clears within 3 years: the same answer, pausing in every plan', () => {
    // Fixture 10 never clears on its own budget: the search has a range to halve.
    const never = fixtureScenario('10-');
    const search = paced(monthlyPaymentToClearWithinSteps(never, 36));
    expect(search.value).toBe(monthlyPaymentToClearWithin(never, 36));
    // At least one plan per halving of the range, from twice the balance down to one unit.
    expect(search.pauses).toBeGreaterThan(Math.log2(Number(search.value)));
  });
});
