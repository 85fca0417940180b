import { describe, expect, it } from 'vitest';
import {
  BackupTooLargeError,
  checkBackup,
  sealOf,
  serializeBackup,
} from '../../../src/renderer/backup/backupDocument';
import { tableNames } from '../../../src/renderer/backup/backupTables';
import { createBackup, restoreBackup } from '../../../src/renderer/db/backups';
import { saveBudgetItem, saveHousehold } from '../../../src/renderer/db/household';
import { readHousehold } from '../../../src/renderer/db/householdRead';
import { toScenarioInput } from '../../../src/renderer/db/scenarioRows';
import { savePayment } from '../../../src/renderer/db/payments';
import { freshDb } from '../dbTestUtil';
import { seedHousehold } from '../seedHousehold';

const receiptBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 7, 42]);

describe('backups of the plan as lived', () => {
  it('payments, receipt images, extras and the court cap come back exactly', async () => {
    const database = freshDb();
    await seedHousehold(database);
    await saveHousehold({ chargeCap: { annualRate: '0.24' } }, database);
    await database.extras.add({
      id: 'x',
      order: 0,
      name: '父母帮忙',
      amount: '5000.00',
      frequency: 'once',
      month: '2027-03',
    });
    await saveBudgetItem('incomes', { name: '兼职', amount: '400.00' }, database);
    await savePayment(
      {
        debtId: 'huabei-1',
        date: '2026-11-25',
        amount: '300.00',
        channel: 'alipay',
        note: '第一期',
        receipt: { type: 'image/png', blob: new Blob([receiptBytes], { type: 'image/png' }) },
      },
      database,
    );
    await savePayment(
      { debtId: 'huabei-1', date: '2026-11-26', amount: '50.00', channel: 'cash', note: '' },
      database,
    );
    const scenarioBefore = toScenarioInput(await readHousehold(database), 'CNY', '2026-12-01');
    const text = serializeBackup(await createBackup('0.1.0', { database }));
    expect(text).toContain(btoa(String.fromCharCode(...receiptBytes)));

    await Promise.all(tableNames.map((name) => database[name].clear()));
    const check = await checkBackup(text);
    if (!check.ok) throw new Error(`refused: ${JSON.stringify(check.problem)}`);
    await restoreBackup(check.backup, database);

    expect(toScenarioInput(await readHousehold(database), 'CNY', '2026-12-01')).toEqual(
      scenarioBefore,
    );
    const [withReceipt, without] = (await readHousehold(database)).payments;
    expect(withReceipt).toMatchObject({ channel: 'alipay', note: '第一期' });
    const receipt = withReceipt?.receipt;
    expect(receipt?.type).toBe('image/png');
    expect(new Uint8Array((await receipt?.blob.arrayBuffer()) ?? [])).toEqual(receiptBytes);
    expect(without?.receipt).toBeUndefined();
  });

  it('refuses a payment whose debt is not in the backup', async () => {
    const database = freshDb();
    await seedHousehold(database);
    await savePayment(
      { debtId: 'huabei-1', date: '2026-11-25', amount: '1.00', channel: 'other', note: '' },
      database,
    );
    const text = serializeBackup(await createBackup('0.1.0', { database }));
    const backup = JSON.parse(text);
    backup.tables.payments[0].debtId = 'gone';
    backup.checksum = await sealOf(backup);
    const check = await checkBackup(JSON.stringify(backup));
    expect(check.ok).toBe(false);
    if (!check.ok && check.problem.kind === 'invalid') {
      expect(check.problem.paths).toContain('payments[0].debtId');
    } else throw new Error('refused as invalid');
  });

  it('refuses to write a backup larger than a backup file may be, with both sizes', async () => {
    const database = freshDb();
    await seedHousehold(database);
    const backup = await createBackup('0.1.0', { database });
    const size = new TextEncoder().encode(serializeBackup(backup)).length;
    expect(() => serializeBackup(backup, size - 1)).toThrow(BackupTooLargeError);
    expect(() => serializeBackup(backup, size)).not.toThrow();
  });
});
