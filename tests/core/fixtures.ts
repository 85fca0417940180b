import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
