import { describe, expect, it } from 'vitest';
import { compareStrategies, parseScenarioJson, plan, type Scenario } from '../../../src/core/index';
import { planCost } from '../../../src/core/planCost';
import { readFixture } from '../fixtures';

function fixture(name: string): Scenario {
  const result = parseScenarioJson(readFixture(`${name}.scenario.json`));
  if (!result.ok) throw new Error('invalid fixture');
  return result.scenario;
}

const expectedSummary = (name: string) =>
  (JSON.parse(readFixture(`${name}.expected.json`)) as { summary: unknown }).summary;

describe('compareStrategies', () => {
  it('gives the chosen strategy, the others, minimumOnly and doing nothing', () => {
    const comparison = compareStrategies(fixture('05-mixed-custom'));
    expect(comparison.map((c) => [c.key, c.strategy])).toEqual([
      ['chosen', 'custom'],
      ['avalanche', 'avalanche'],
      ['snowball', 'snowball'],
      ['minimumOnly', 'minimumOnly'],
      ['doNothing', 'custom'],
    ]);
    // The fixtures of the same household under other strategies are the comparison's rows.
    expect(comparison[0]?.summary).toStrictEqual(expectedSummary('05-mixed-custom'));
    expect(comparison[1]?.summary).toStrictEqual(expectedSummary('03-mixed-avalanche'));
    expect(comparison[2]?.summary).toStrictEqual(expectedSummary('04-mixed-snowball'));
    expect(comparison[3]?.summary).toStrictEqual(expectedSummary('06-mixed-minimum-only'));
    const nothing = comparison[4]?.summary;
    expect(nothing).toMatchObject({ totalPaid: '0.00', debtFree: false, months: null });
  });

  it('costs a variant that never clears over its first year, never its whole horizon', () => {
    const never = fixture('10-deficit-do-nothing');
    const [chosen] = compareStrategies(never);
    expect(chosen?.summary.debtFree).toBe(false);
    const year = plan({ ...never, horizonMonths: 12 }).summary;
    expect(chosen?.firstYear).toEqual({
      months: 12,
      cost: planCost(year).toFixed(2),
      penalty: year.totalPenalty,
    });
    // Variants that clear the debts are costed whole, with no first year.
    const clearing = compareStrategies(fixture('03-mixed-avalanche')).filter(
      (row) => row.key !== 'doNothing',
    );
    expect(clearing.map((row) => row.firstYear)).toEqual(clearing.map(() => undefined));
  });

  it('leaves custom out when the household has no custom order', () => {
    const s = fixture('03-mixed-avalanche');
    expect(compareStrategies(s).map((c) => c.key)).toEqual([
      'chosen',
      'snowball',
      'minimumOnly',
      'doNothing',
    ]);
    expect(compareStrategies(s)[0]?.summary).toStrictEqual(plan(s).summary);
  });
});
