import { describe, expect, it } from 'vitest';
import { addAgreements, saveDebt } from '../../../src/renderer/db/household';
import { readHousehold } from '../../../src/renderer/db/householdRead';
import { undoChange } from '../../../src/renderer/db/undo';
import { freshDb } from '../dbTestUtil';

const interestStop = (months: number) => ({
  kind: 'installment' as const,
  date: '2027-01-01',
  status: 'proposed' as const,
  months,
  method: 'equalPayment' as const,
  rate: '0',
  waivePenalty: true,
  waiveInterest: true,
  waiveFees: false,
  onBreak: 'reinstate' as const,
});

describe('marking a total plan as proposed', () => {
  it('adds every request after what each lender already has, and one undo takes all back', async () => {
    const database = freshDb();
    await saveDebt(
      { id: 'card', name: '信用卡', principal: '18000.00' },
      [{ kind: 'waiver', date: '2026-12-01', status: 'refused', penalty: 'all' }],
      database,
    );
    await saveDebt({ id: 'huabei', name: '花呗', principal: '4000.00' }, [], database);
    const undo = await addAgreements(
      [
        { debtId: 'card', agreement: interestStop(48) },
        { debtId: 'huabei', agreement: interestStop(48) },
      ],
      database,
    );
    const rows = (await readHousehold(database)).agreements;
    const listed = rows.map((row) => [row.debtId, row.order, row.agreement.status]);
    expect(listed.sort((a, b) => String(a).localeCompare(String(b)))).toEqual([
      ['card', 0, 'refused'],
      ['card', 1, 'proposed'],
      ['huabei', 0, 'proposed'],
    ]);
    expect(undo).toBeDefined();
    if (undo) await undoChange(undo, database);
    const after = (await readHousehold(database)).agreements;
    expect(after.map((row) => [row.debtId, row.agreement.status])).toEqual([['card', 'refused']]);
  });

  it('writes none of the set when one cannot be written', async () => {
    const database = freshDb();
    await saveDebt({ id: 'card', name: '信用卡', principal: '18000.00' }, [], database);
    const broken = { debtId: 'huabei', agreement: interestStop(48) };
    // A row Dexie refuses (an unindexable key) makes the whole transaction fail.
    Object.assign(broken, { debtId: { not: 'a key' } });
    await expect(
      addAgreements([{ debtId: 'card', agreement: interestStop(48) }, broken], database),
    ).rejects.toThrow();
    expect(await database.agreements.count()).toBe(0);
  });
});
