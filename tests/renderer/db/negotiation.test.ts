import { describe, expect, it } from 'vitest';
import {
  addAgreement,
  deleteAgreement,
  saveDebt,
  saveOverdueSince,
  setAgreementStatus,
} from '../../../src/renderer/db/household';
import { readHousehold } from '../../../src/renderer/db/householdRead';
import {
  deleteContact,
  evidenceOf,
  readNegotiation,
  saveContact,
  saveEvidence,
  saveStatement,
  setFollowUpDone,
} from '../../../src/renderer/db/negotiation';
import { undoChange } from '../../../src/renderer/db/undo';
import { freshDb } from '../dbTestUtil';

const debt = { id: 'huabei', name: '花呗', principal: '5000.00' };
const contact = {
  debtId: 'huabei',
  channel: 'phone' as const,
  who: '客服 1024',
  said: '申请减免罚息',
  answer: '需要提交收入证明',
  promised: '',
};

describe('negotiation records', () => {
  it('keeps the overdue date on the debt row, and clears it', async () => {
    const database = freshDb();
    await saveDebt(debt, [], database);
    await saveOverdueSince('huabei', '2026-10-15', database);
    expect((await database.debts.get('huabei'))?.overdueSince).toBe('2026-10-15');
    await saveOverdueSince('huabei', undefined, database);
    expect(await database.debts.get('huabei')).not.toHaveProperty('overdueSince');
  });

  it('adds a proposed agreement after the others, marks it agreed, deletes and restores it', async () => {
    const database = freshDb();
    await saveDebt(
      debt,
      [{ kind: 'waiver', date: '2026-12-01', status: 'refused', penalty: 'all' }],
      database,
    );
    const id = await addAgreement(
      'huabei',
      { kind: 'settlement', date: '2027-01-01', status: 'proposed', amount: '4000.00' },
      database,
    );
    await setAgreementStatus(id, 'agreed', database);
    const household = await readHousehold(database);
    expect(household.agreements.map((row) => [row.order, row.agreement.status])).toEqual([
      [0, 'refused'],
      [1, 'agreed'],
    ]);
    const removed = await deleteAgreement(id, database);
    expect(await database.agreements.count()).toBe(1);
    if (removed) await undoChange(removed, database);
    expect((await database.agreements.get(id))?.agreement.status).toBe('agreed');
  });

  it('lists contacts newest first; delete and undo bring an entry back exactly', async () => {
    const database = freshDb();
    await saveContact({ ...contact, at: '2026-11-01T09:00' }, database);
    const newer = await saveContact(
      { ...contact, at: '2026-11-20T15:30', followUp: '2026-11-21' },
      database,
    );
    await saveContact({ ...contact, debtId: 'card', at: '2026-11-21T08:00' }, database);
    let records = await readNegotiation('huabei', database);
    expect(records.contacts.map((row) => row.at)).toEqual(['2026-11-20T15:30', '2026-11-01T09:00']);

    await setFollowUpDone(newer, true, database);
    expect((await database.contacts.get(newer))?.followUpDone).toBe(true);
    await setFollowUpDone(newer, false, database);
    expect(await database.contacts.get(newer)).not.toHaveProperty('followUpDone');

    const before = await database.contacts.get(newer);
    const removed = await deleteContact(newer, database);
    records = await readNegotiation('huabei', database);
    expect(records.contacts).toHaveLength(1);
    if (removed) await undoChange(removed, database);
    expect(await database.contacts.get(newer)).toEqual(before);
  });

  it('evidence starts as needed and is saved one item at a time', async () => {
    const database = freshDb();
    const start = evidenceOf([], 'huabei', 'bankStatements');
    expect(start).toMatchObject({ status: 'needed', note: '' });
    await saveEvidence({ ...start, status: 'requested', note: '已在手机银行申请' }, database);
    await saveEvidence({ ...start, status: 'have', note: '已在手机银行申请' }, database);
    const { evidence } = await readNegotiation('huabei', database);
    expect(evidence).toHaveLength(1);
    expect(evidenceOf(evidence, 'huabei', 'bankStatements')).toMatchObject({
      status: 'have',
      note: '已在手机银行申请',
    });
  });

  it('saves the statement with its cause and what was paid', async () => {
    const database = freshDb();
    const saved = await saveStatement(
      { debtId: 'huabei', language: 'zh-CN', text: '情况说明……', cause: '失业', paid: '500 元' },
      new Date('2026-11-21T08:00:00Z'),
      database,
    );
    expect(saved.updatedAt).toBe('2026-11-21T08:00:00.000Z');
    expect((await readNegotiation('huabei', database)).statement).toEqual(saved);
  });
});
