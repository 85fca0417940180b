import { describe, expect, it } from 'vitest';
import { deleteBudgetItem, saveBudgetItem } from '../../../src/renderer/db/household';
import { readHousehold } from '../../../src/renderer/db/householdRead';
import { deleteContact, saveContact } from '../../../src/renderer/db/negotiation';
import { changeWithUndo, undoChange } from '../../../src/renderer/db/undo';
import { freshDb } from '../dbTestUtil';

const contact = {
  debtId: 'huabei',
  at: '2026-11-20T15:30',
  channel: 'phone' as const,
  who: '工号 1024',
  said: '申请停息挂账',
  answer: '需要收入证明',
  promised: '三天内回电',
};

describe('one undo for every deletion', () => {
  it('puts back exactly what was deleted, and leaves what changed meanwhile alone', async () => {
    const database = freshDb();
    const first = await saveContact(contact, database);
    const undo = await deleteContact(first, database);
    // While the undo is offered, another entry is written.
    const second = await saveContact({ ...contact, debtId: 'card' }, database);
    if (!undo) throw new Error('nothing deleted');
    await undoChange(undo, database);
    expect((await database.contacts.toArray()).map((row) => row.id).sort()).toEqual(
      [first, second].sort(),
    );
  });

  it('restores changed rows and removes added ones; nothing changed gives nothing to undo', async () => {
    const database = freshDb();
    const id = await saveBudgetItem(
      'incomes',
      { name: '工资', amount: '8000.00', frequency: 'monthly' },
      database,
    );
    const before = await readHousehold(database);
    const undo = await changeWithUndo(
      ['incomes'],
      async () => {
        await database.incomes.update(id, { amount: '1.00' });
        await database.incomes.add({
          id: 'x',
          name: '奖金',
          amount: '5.00',
          frequency: 'monthly',
          order: 1,
        });
      },
      database,
    );
    if (!undo) throw new Error('no undo');
    await undoChange(undo, database);
    expect(await readHousehold(database)).toEqual(before);
    expect(await deleteBudgetItem('incomes', 'no-such-id', database)).toBeUndefined();
  });
});
