import { describe, expect, it } from 'vitest';
import type { ContactRow } from '../../../src/renderer/db/AppDB';
import { followUpsDue } from '../../../src/renderer/negotiation/followUps';

const contact = (id: string, patch: Partial<ContactRow>): ContactRow => ({
  id,
  debtId: 'huabei',
  at: '2026-11-01T10:00',
  channel: 'phone',
  who: '客服 1024',
  said: '',
  answer: '',
  promised: '',
  ...patch,
});

describe('followUpsDue', () => {
  const today = '2026-11-21';

  it('lists follow-ups due today or earlier, not done, the most overdue first', () => {
    const due = followUpsDue(
      [
        contact('today', { followUp: '2026-11-21' }),
        contact('later', { followUp: '2026-11-22' }),
        contact('none', {}),
        contact('done', { followUp: '2026-11-10', followUpDone: true }),
        contact('old', { followUp: '2026-11-05' }),
      ],
      today,
    );
    expect(due.map((d) => [d.contact.id, d.overdue])).toEqual([
      ['old', true],
      ['today', false],
    ]);
  });

  it('orders follow-ups of the same day by when the contact was', () => {
    const due = followUpsDue(
      [
        contact('b', { followUp: '2026-11-20', at: '2026-11-03T09:00' }),
        contact('a', { followUp: '2026-11-20', at: '2026-11-02T09:00' }),
      ],
      today,
    );
    expect(due.map((d) => d.contact.id)).toEqual(['a', 'b']);
  });

  it('is empty when nothing is due', () => {
    expect(followUpsDue([], today)).toEqual([]);
    expect(followUpsDue([contact('x', { followUp: '2026-12-01' })], today)).toEqual([]);
  });
});
