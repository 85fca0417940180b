import { validateScenario, type Scenario } from '../../src/core/index';

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
