import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenarioJson } from '../../../src/core/scenario/validate';
import type { ScenarioInput } from '../../../src/core/scenario/types';
import { AppDB } from '../../../src/renderer/db/AppDB';
import { replaceHousehold } from '../../../src/renderer/db/household';
import { readHousehold } from '../../../src/renderer/db/householdRead';
import { toScenarioInput } from '../../../src/renderer/db/scenarioRows';
import { contentsOf, prototypeIntact } from './fuzzDb';
import { hostileTree, mutatedText, mutation, nastyText, treeText } from './hostileJson';
import { seedHousehold, seedOtherHousehold } from '../seedHousehold';

/** How many documents each property tries; the total is reported at the end. */
const RUNS = { nasty: 500, mutated: 1200, hostile: 2500, deep: 30 };
const counts = { accepted: 0, rejected: 0 };

let database: AppDB;
let seeded: string;
let validText: string;

beforeAll(async () => {
  // The valid scenario to mutate: another household, exported as the Data page exports it.
  const source = new AppDB('fuzz-scenario-source');
  await seedOtherHousehold(source);
  validText = JSON.stringify(toScenarioInput(await readHousehold(source), 'HKD'), null, 2);
  await source.delete();
  database = new AppDB('fuzz-scenario-target');
  await seedHousehold(database);
  seeded = await contentsOf(database);
});

afterAll(async () => {
  await database.delete();
  console.log(
    `scenario fuzz: ${counts.accepted + counts.rejected} documents, ${counts.rejected} rejected, ${counts.accepted} accepted`,
  );
});

/** The import as the Data page runs it: validate, then replace the household in one go. */
async function verdict(text: string): Promise<void> {
  const validation = parseScenarioJson(text);
  expect(prototypeIntact(), 'Object.prototype unpolluted').toBe(true);
  if (validation.ok) {
    counts.accepted++;
    const scenario = JSON.parse(text) as ScenarioInput;
    await replaceHousehold(scenario, database);
    const stored = await readHousehold(database);
    // All of it was written.
    expect(stored.debts.map((debt) => debt.id)).toEqual(scenario.debts.map((debt) => debt.id));
    expect(stored.household.startDate).toBe(scenario.startDate);
    await database.transaction('rw', database.tables, async () => {
      await Promise.all(database.tables.map((table) => table.clear()));
    });
    await seedHousehold(database);
    seeded = await contentsOf(database);
    return;
  }
  counts.rejected++;
  expect(validation.issues.length).toBeGreaterThan(0);
  expect(await contentsOf(database), 'existing data intact').toBe(seeded);
}

const options = (numRuns: number) => ({ numRuns, endOnFailure: true });

describe(
  'fuzzing scenario import (parseScenarioJson → replaceHousehold)',
  { timeout: 120_000 },
  () => {
    it('survives hostile text: deep nesting, huge strings, garbage, truncation', async () => {
      await fc.assert(fc.asyncProperty(nastyText(validText), verdict), options(RUNS.nasty));
    });

    it('refuses or imports whole a valid scenario with one hostile change', async () => {
      const valid = JSON.parse(validText) as unknown;
      await fc.assert(
        fc.asyncProperty(mutation, (change) => verdict(mutatedText(valid, change))),
        options(RUNS.mutated),
      );
    });

    it('refuses hostile JSON documents', async () => {
      await fc.assert(
        fc.asyncProperty(hostileTree, (tree) => verdict(treeText(tree))),
        options(RUNS.hostile),
      );
    });

    it('refuses debts nested too deep to walk', async () => {
      const valid = JSON.parse(validText) as Record<string, unknown>;
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 5_000, max: 100_000 }), (depth) =>
          verdict(
            JSON.stringify({ ...valid, debts: 'DEEP' }).replace(
              '"DEEP"',
              `${'['.repeat(depth)}${']'.repeat(depth)}`,
            ),
          ),
        ),
        options(RUNS.deep),
      );
    });
  },
);
