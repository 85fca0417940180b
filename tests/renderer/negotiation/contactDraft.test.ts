import { describe, expect, it } from 'vitest';
import type { ContactRow } from '../../../src/renderer/db/AppDB';
import {
  contactFromDraft,
  draftFromContact,
  draftHasText,
  localDateTime,
  newContactDraft,
} from '../../../src/renderer/negotiation/contactDraft';

const row: ContactRow = {
  id: 'c1',
  debtId: 'card',
  at: '2026-11-20T14:30',
  channel: 'appChat',
  who: '工号 8831',
  said: '说明失业，申请停息挂账',
  answer: '需要提交失业证明',
  promised: '三个工作日内回电',
  followUp: '2026-11-24',
};

describe('contact drafts', () => {
  it('a new draft starts now, by phone, empty', () => {
    const draft = newContactDraft(new Date(2026, 10, 21, 9, 5));
    expect(draft.at).toBe('2026-11-21T09:05');
    expect(draft.channel).toBe('phone');
    expect(draftHasText(draft)).toBe(false);
    expect(localDateTime(new Date(2026, 0, 2, 23, 59))).toBe('2026-01-02T23:59');
  });

  it('a row comes back out of its draft unchanged', () => {
    const draft = draftFromContact(row);
    expect(draftHasText(draft)).toBe(true);
    expect(contactFromDraft(draft, 'card')).toEqual({ ok: true, row });
  });

  it('trims texts and drops a cleared follow-up and its done flag', () => {
    const draft = {
      ...draftFromContact({ ...row, followUpDone: true }),
      followUp: '',
      who: ' 王 ',
    };
    const result = contactFromDraft(draft, 'card');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.row.who).toBe('王');
    expect(result.row).not.toHaveProperty('followUp');
    expect(result.row).not.toHaveProperty('followUpDone');
  });

  it('refuses an entry with no time, an impossible follow-up or nothing written', () => {
    const draft = { ...newContactDraft(), at: '', followUp: '2026-02-30' };
    expect(contactFromDraft(draft, 'card')).toEqual({
      ok: false,
      problems: ['at', 'followUp', 'empty'],
    });
  });
});
