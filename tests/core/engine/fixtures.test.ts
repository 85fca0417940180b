import { describe, expect, it } from 'vitest';
import { parseScenarioJson, plan, planDetailed } from '../../../src/core/index';
import { planFixtures, readFixture } from '../fixtures';

describe('plan reproduces every shared fixture to the cent', () => {
  it('finds the fixtures', () => {
    expect(planFixtures.length).toBeGreaterThanOrEqual(12);
  });

  for (const fixture of planFixtures) {
    it(fixture.name, () => {
      const validation = parseScenarioJson(readFixture(fixture.scenario));
      if (!validation.ok) throw new Error(validation.issues.map((i) => i.message).join('\n'));
      const expected: unknown = JSON.parse(readFixture(fixture.expected));
      const result = plan(validation.scenario);
      expect(result.summary).toStrictEqual((expected as { summary: unknown }).summary);
      expect(result.schedule).toStrictEqual((expected as { schedule: unknown }).schedule);
      // Key order too, so the CLI's JSON reads like the fixture.
      expect(JSON.stringify(result)).toBe(JSON.stringify(expected));
      // Explaining must not change the plan.
      expect(planDetailed(validation.scenario).result).toStrictEqual(result);
    });
  }
});
