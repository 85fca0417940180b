import i18next from 'i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { notifyFollowUpsDue } from '../../../src/renderer/app/startupNotice';
import { todayIso } from '../../../src/renderer/format/dates';
import { initI18n } from '../../../src/renderer/i18n/i18n';
import { freshDb } from '../dbTestUtil';

const notify = vi.hoisted(() => vi.fn(async () => true));
vi.mock('../../../src/renderer/platform/ashore', () => ({ ashore: { notify } }));

beforeAll(async () => {
  await initI18n('zh-CN');
});

const contact = {
  at: '2026-11-01T10:00',
  channel: 'phone' as const,
  who: '',
  said: '',
  answer: '',
  promised: '',
};

describe('notifyFollowUpsDue', () => {
  it('lists the lenders with a follow-up due today or missed, once each', async () => {
    const database = freshDb();
    await database.debts.bulkPut([
      { id: 'card', name: '招行信用卡', principal: '100.00', order: 0 },
      { id: 'huabei', name: '花呗', principal: '100.00', order: 1 },
    ]);
    await database.contacts.bulkPut([
      { ...contact, id: 'a', debtId: 'card', followUp: todayIso() },
      { ...contact, id: 'b', debtId: 'card', followUp: '2020-01-01' },
      { ...contact, id: 'c', debtId: 'huabei', followUp: '2999-01-01' },
      { ...contact, id: 'd', debtId: 'huabei', followUp: '2020-01-01', followUpDone: true },
    ]);
    notify.mockClear();
    expect(await notifyFollowUpsDue(i18next.t, 'zh-CN', database)).toBe(true);
    expect(notify).toHaveBeenCalledWith({
      title: '上岸：今天有 2 个协商需要跟进',
      body: '招行信用卡。记得书面确认每一个承诺。',
    });
  });

  it('stays silent when nothing is due', async () => {
    const database = freshDb();
    notify.mockClear();
    expect(await notifyFollowUpsDue(i18next.t, 'zh-CN', database)).toBe(false);
    expect(notify).not.toHaveBeenCalled();
  });
});
