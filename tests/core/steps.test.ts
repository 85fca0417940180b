import { describe, expect, it } from 'vitest';
import { compareStrategies, compareStrategiesSteps } from '../../src/core/engine/compare';
import { plan } from '../../src/core/engine/api';
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
// be one plan, never a whole search or a whole comparison.
describe('the comparisons pause after every plan', () => {
  const scenario = { ...fixtureScenario('03-'), strategy: 'avalanche' as const };

  it('comparing strategies: once per variant planned, none for the plans given', () => {
    const all = paced(compareStrategiesSteps(scenario));
    // avalanche (chosen), snowball, minimum only, do nothing.
    expect(all.pauses).toBe(4);
    expect(all.value).toEqual(compareStrategies(scenario));
    const given = paced(
      compareStrategiesSteps(scenario, {
        planned: {
          chosen: plan(scenario).summary,
          doNothing: compareStrategies(scenario).at(-1)?.summary,
        },
      }),
    );
    expect(given.pauses).toBe(2);
  });

  it('the search for the payment that clears within 3 years: once per plan of the bisection', () => {
    // Fixture 10 never clears on its own budget: the search has a range to halve.
    const never = fixtureScenario('10-');
    const search = paced(monthlyPaymentToClearWithinSteps(never, 36));
    expect(search.value).toBe(monthlyPaymentToClearWithin(never, 36));
    // At least one plan per halving of the range, from twice the balance down to one unit.
    expect(search.pauses).toBeGreaterThan(Math.log2(Number(search.value)));
  });
});
