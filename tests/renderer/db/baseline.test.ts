import { describe, expect, it } from 'vitest';
import { checkBackup, serializeBackup } from '../../../src/renderer/backup/backupDocument';
import { readBaseline, saveBaseline } from '../../../src/renderer/db/baseline';
import { createBackup, restoreBackup } from '../../../src/renderer/db/backups';
import { readHousehold } from '../../../src/renderer/db/householdRead';
import { toScenarioInput } from '../../../src/renderer/db/scenarioRows';
import { freshDb } from '../dbTestUtil';
import { seedHousehold } from '../seedHousehold';

describe('the baseline (按这个计划执行)', () => {
  it('keeps the plan as planned, without the recorded payments, dated the day it was chosen', async () => {
    const database = freshDb();
    await seedHousehold(database);
    const scenario = toScenarioInput(await readHousehold(database), 'CNY', '2026-12-01');
    const withPayments = {
      ...scenario,
      actuals: { asOf: '2026-12-01', payments: [] },
    };
    await saveBaseline(withPayments, '2026-12-01', database);
    expect(await readBaseline(database)).toEqual({
      id: 'baseline',
      chosenOn: '2026-12-01',
      scenario,
    });
    // Choosing again replaces it: there is one baseline.
    await saveBaseline({ ...scenario, strategy: 'snowball' }, '2027-01-05', database);
    expect(await database.baseline.count()).toBe(1);
    expect((await readBaseline(database))?.chosenOn).toBe('2027-01-05');
  });

  it('goes into backups and comes back from them', async () => {
    const database = freshDb();
    await seedHousehold(database);
    const scenario = toScenarioInput(await readHousehold(database), 'CNY', '2026-12-01');
    await saveBaseline(scenario, '2026-12-01', database);
    const text = serializeBackup(await createBackup('0.1.0', { database }));
    await database.baseline.clear();
    const check = await checkBackup(text);
    if (!check.ok) throw new Error(`refused: ${JSON.stringify(check.problem)}`);
    await restoreBackup(check.backup, database);
    expect((await readBaseline(database))?.scenario).toEqual(scenario);
  });
});
