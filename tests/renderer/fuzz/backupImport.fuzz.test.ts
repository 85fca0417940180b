import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BackupCheck,
  checkBackup,
  serializeBackup,
} from '../../../src/renderer/backup/backupDocument';
import { createBackup, restoreBackup } from '../../../src/renderer/db/backups';
import { checksumOf } from '../../../src/renderer/backup/checksum';
import { AppDB } from '../../../src/renderer/db/AppDB';
import { contentsOf, normalized, prototypeIntact } from './fuzzDb';
import { hostileTree, mutatedText, mutation, nastyText, treeText } from './hostileJson';
import { seedHousehold, seedOtherHousehold } from '../seedHousehold';

/** How many documents each property tries; the total is reported at the end. */
const RUNS = {
  nasty: 600,
  mutatedStale: 1500,
  mutatedResealed: 2500,
  hostileTables: 1500,
  deepTables: 50,
};
const counts = { accepted: 0, rejected: 0 };

let database: AppDB;
let seeded: string;
let validText: string;
let valid: { tables: unknown };

beforeAll(async () => {
  // The document to mutate: a different household, so an accepted restore visibly changes data.
  // Databases of its own (not freshDb's, which are deleted after each test): one household
  // lives through all the properties, and every rejected document is compared against it.
  const source = new AppDB('fuzz-backup-source');
  await seedOtherHousehold(source);
  validText = serializeBackup(await createBackup('0.1.0', { database: source }));
  valid = JSON.parse(validText) as { tables: unknown };
  await source.delete();
  database = new AppDB('fuzz-backup-target');
  await seedHousehold(database);
  seeded = await contentsOf(database);
});

afterAll(async () => {
  await database.delete();
  console.log(
    `backup fuzz: ${counts.accepted + counts.rejected} documents, ${counts.rejected} rejected, ${counts.accepted} accepted`,
  );
});

const problemKinds = ['notJson', 'damaged', 'foreign', 'newerVersion', 'checksum', 'invalid'];

/** The import as the Data page runs it: check completely, restore only what passed. */
async function importBackup(text: string): Promise<BackupCheck> {
  const check = await checkBackup(text);
  if (check.ok) await restoreBackup(check.backup, database);
  return check;
}

async function verdict(text: string): Promise<void> {
  const check = await importBackup(text);
  expect(prototypeIntact(), 'Object.prototype unpolluted').toBe(true);
  if (check.ok) {
    counts.accepted++;
    // All of it was written: the database now holds exactly the backup's rows.
    expect(await contentsOf(database)).toBe(normalized(check.backup.tables));
    await database.transaction('rw', database.tables, async () => {
      await Promise.all(database.tables.map((table) => table.clear()));
    });
    await seedHousehold(database);
    seeded = await contentsOf(database);
    return;
  }
  counts.rejected++;
  expect(problemKinds).toContain(check.problem.kind);
  expect(await contentsOf(database), 'existing data intact').toBe(seeded);
}

/** A document whose checksum matches its (hostile) tables: the row checks must catch it. */
async function sealed(tablesText: string): Promise<string> {
  let tables: unknown;
  try {
    tables = JSON.parse(tablesText);
  } catch {
    return tablesText;
  }
  // Too deep to hash here as well: the document goes out with a made-up checksum.
  const checksum = await checksumOf(tables).catch(() => '0'.repeat(64));
  return `{"format":"ashore-backup","version":1,"createdAt":"2026-11-21T08:00:00.000Z","appVersion":"0.1.0","checksum":"${checksum}","tables":${tablesText}}`;
}

const options = (numRuns: number) => ({ numRuns, endOnFailure: true });

describe('fuzzing backup restore (checkBackup → restoreBackup)', { timeout: 120_000 }, () => {
  it('survives hostile text: deep nesting, huge strings, garbage, truncation', async () => {
    await fc.assert(fc.asyncProperty(nastyText(validText), verdict), options(RUNS.nasty));
  });

  it('refuses a valid backup changed after it was sealed', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, (change) => verdict(mutatedText(valid, change))),
      options(RUNS.mutatedStale),
    );
  });

  it('refuses or restores whole a changed backup whose checksum was recomputed', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (change) =>
        verdict(await sealed(mutatedText(valid.tables, change))),
      ),
      options(RUNS.mutatedResealed),
    );
  });

  it('refuses sealed documents whose tables are hostile JSON', async () => {
    await fc.assert(
      fc.asyncProperty(hostileTree, async (tree) => verdict(await sealed(treeText(tree)))),
      options(RUNS.hostileTables),
    );
  });

  it('refuses sealed tables nested too deep to walk', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 5_000, max: 100_000 }), async (depth) =>
        verdict(await sealed(`{"debts":${'['.repeat(depth)}${']'.repeat(depth)}}`)),
      ),
      options(RUNS.deepTables),
    );
  });
});
