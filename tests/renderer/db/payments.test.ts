import { describe, expect, it } from 'vitest';
import type { AppDB } from '../../../src/renderer/db/AppDB';
import { saveDebt } from '../../../src/renderer/db/household';
import { readHousehold } from '../../../src/renderer/db/householdRead';
import { toScenarioInput } from '../../../src/renderer/db/scenarioRows';
import {
  MAX_RECEIPTS_TOTAL_BYTES,
  ReceiptsFullError,
  deletePayment,
  savePayment,
} from '../../../src/renderer/db/payments';
import { saveHousehold } from '../../../src/renderer/db/household';
import { undoChange } from '../../../src/renderer/db/undo';
import { freshDb } from '../dbTestUtil';

const paid = (date: string, amount: string, debtId = 'huabei') => ({
  debtId,
  date,
  amount,
  channel: 'alipay' as const,
  note: '',
});

async function household(database: AppDB) {
  await saveHousehold({ startDate: '2027-01-10' }, database);
  await saveDebt({ id: 'huabei', name: '花呗', principal: '3000.00' }, [], database);
  await saveDebt({ id: 'card', name: '信用卡', principal: '5000.00' }, [], database);
}

const image = (bytes: number) => ({
  type: 'image/png' as const,
  blob: new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
});

describe('the plan as lived', () => {
  it('plans with the payments made from the start until today, as of today', async () => {
    const database = freshDb();
    await household(database);
    await savePayment(paid('2027-01-09', '10.00'), database); // before the plan started
    await savePayment(paid('2027-02-10', '300.00'), database);
    await savePayment(paid('2027-02-10', '200.00', 'card'), database);
    await savePayment(paid('2027-03-05', '300.00'), database); // today: not made "before" today
    const scenario = toScenarioInput(await readHousehold(database), 'CNY', '2027-03-05');
    expect(scenario.actuals).toEqual({
      asOf: '2027-03-05',
      payments: [
        { date: '2027-02-10', debtId: 'huabei', amount: '300.00' },
        { date: '2027-02-10', debtId: 'card', amount: '200.00' },
      ],
    });
  });

  it('a household that records no payments is planned as a projection, without actuals', async () => {
    const database = freshDb();
    await household(database);
    expect(toScenarioInput(await readHousehold(database), 'CNY', '2027-06-01')).not.toHaveProperty(
      'actuals',
    );
  });

  it('before the plan starts there is nothing lived yet', async () => {
    const database = freshDb();
    await household(database);
    await savePayment(paid('2027-01-05', '10.00'), database);
    expect(toScenarioInput(await readHousehold(database), 'CNY', '2027-01-06')).not.toHaveProperty(
      'actuals',
    );
  });
});

describe('recording payments', () => {
  it('an edit keeps the payment in its place among those of its day, and undo restores it', async () => {
    const database = freshDb();
    await household(database);
    const first = await savePayment(paid('2027-02-10', '300.00'), database);
    await savePayment(paid('2027-02-10', '200.00', 'card'), database);
    const edit = await savePayment({ ...paid('2027-02-10', '250.00'), id: first.id }, database);
    let payments = (await readHousehold(database)).payments;
    expect(payments.map((p) => [p.debtId, p.amount])).toEqual([
      ['huabei', '250.00'],
      ['card', '200.00'],
    ]);
    if (!edit.undo) throw new Error('an edit can be undone');
    await undoChange(edit.undo, database);
    payments = (await readHousehold(database)).payments;
    expect(payments.map((p) => p.amount)).toEqual(['300.00', '200.00']);
  });

  it('undoing a new payment removes it and nothing else; saving it unchanged leaves no undo', async () => {
    const database = freshDb();
    await household(database);
    const kept = await savePayment(paid('2027-02-10', '300.00'), database);
    const added = await savePayment(paid('2027-02-11', '200.00', 'card'), database);
    const row = (await readHousehold(database)).payments.find((p) => p.id === kept.id);
    if (!row) throw new Error('the first payment is stored');
    const { order: _order, ...unchanged } = row;
    expect((await savePayment(unchanged, database)).undo).toBeUndefined();
    if (!added.undo) throw new Error('a new payment can be undone');
    await undoChange(added.undo, database);
    expect((await readHousehold(database)).payments).toEqual([row]);
  });

  it('delete then undo brings the payment back with its receipt', async () => {
    const database = freshDb();
    await household(database);
    const { id } = await savePayment(
      { ...paid('2027-02-10', '300.00'), receipt: image(10) },
      database,
    );
    const undo = await deletePayment(id, database);
    expect(await database.payments.count()).toBe(0);
    if (!undo) throw new Error('a delete can be undone');
    await undoChange(undo, database);
    const back = await database.payments.get(id);
    expect(back?.receipt?.type).toBe('image/png');
    expect(back?.receipt?.blob.size).toBe(10);
  });

  it('refuses a receipt that would take the receipts past what a backup can hold, saving nothing', async () => {
    const database = freshDb();
    await household(database);
    const nearlyAll = MAX_RECEIPTS_TOTAL_BYTES - 100;
    await savePayment({ ...paid('2027-02-10', '1.00'), receipt: image(nearlyAll) }, database);
    await expect(
      savePayment({ ...paid('2027-02-11', '2.00'), receipt: image(101) }, database),
    ).rejects.toBeInstanceOf(ReceiptsFullError);
    expect(await database.payments.count()).toBe(1);
    // The same payment without the image is kept: the payment itself is never refused.
    await savePayment(paid('2027-02-11', '2.00'), database);
    expect(await database.payments.count()).toBe(2);
  });
});
