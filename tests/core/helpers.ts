import fc from 'fast-check';
import {
  Dec,
  validateScenario,
  type DebtPeriodExplanation,
  type Scenario,
} from '../../src/core/index';

/** How many households each property tries (ASHORE_PROPERTY_RUNS overrides). */
export const RUNS = Number(process.env.ASHORE_PROPERTY_RUNS ?? 300);

export const property = <T>(arb: fc.Arbitrary<T>, check: (value: T) => void, runs = RUNS) =>
  fc.assert(fc.property(arb, check), { numRuns: runs });

/** The input, validated; throws with every issue when it is not valid. */
export function valid(input: unknown): Scenario {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.scenario;
}

/** A validated scenario from a partial input: one debt and a budget unless given. */
export function scenario(input: Record<string, unknown>): Scenario {
  const result = validateScenario({
    version: 1,
    startDate: '2027-01-01',
    budget: { incomes: [{ name: 'pay', amount: '1000.00' }] },
    debts: [{ id: 'a', name: 'a', principal: '1000.00' }],
    ...input,
  });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.scenario;
}

/** What the agreements of one explained period and debt waived, all kinds together. */
export function waivedAt(e: DebtPeriodExplanation): InstanceType<typeof Dec> {
  return e.events.reduce(
    (sum, ev) =>
      sum.plus(
        ev.kind === 'waiver' ? new Dec(ev.penalty).plus(ev.interest).plus(ev.fees) : ev.waived,
      ),
    new Dec(0),
  );
}
