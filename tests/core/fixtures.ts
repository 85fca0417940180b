import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateScenario, type Scenario } from '../../src/core/index';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');

/** The shared fixtures: ASHORE_FIXTURES if set, else ../shared/fixtures/v2 next to the repository. */
export const fixturesDir =
  process.env.ASHORE_FIXTURES ?? path.resolve(repoRoot, '../shared/fixtures/v2');

export function fixtureNames(pattern: RegExp): string[] {
  return readdirSync(fixturesDir)
    .filter((f) => pattern.test(f))
    .sort();
}

export function readFixture(name: string): string {
  return readFileSync(path.join(fixturesDir, name), 'utf8');
}

/** NN-name.scenario.json with its NN-name.expected.json. */
export const planFixtures = fixtureNames(/^\d+-.*\.scenario\.json$/).map((scenario) => ({
  name: scenario.replace('.scenario.json', ''),
  scenario,
  expected: scenario.replace('.scenario.json', '.expected.json'),
}));

/** bad-NN-name.scenario.json with the path its error must name ('' = not JSON at all). */
export const badFixtures = fixtureNames(/^bad-.*\.scenario\.json$/).map((scenario) => ({
  name: scenario.replace('.scenario.json', ''),
  scenario,
  expectedPath: readFixture(scenario.replace('.scenario.json', '.expected-error.txt')).trim(),
}));

/** The validated scenario of the plan fixture whose name starts with `prefix` ("03-"). */
export function fixtureScenario(prefix: string): Scenario {
  const fixture = planFixtures.find((f) => f.name.startsWith(prefix));
  if (!fixture) throw new Error(`no fixture ${prefix}`);
  const validation = validateScenario(JSON.parse(readFixture(fixture.scenario)));
  if (!validation.ok) throw new Error(`fixture ${prefix} is invalid`);
  return validation.scenario;
}
