import { beforeEach, describe, expect, it, vi } from 'vitest';
import { claimReminders } from '../../../src/renderer/db/reminders';
import { plusDays } from '../../../src/renderer/dues/dueList';
import { notifyDuesSoon, whenText } from '../../../src/renderer/dues/dueReminders';
import { freshDb } from '../dbTestUtil';
import { translator } from '../debts/translator';
import { household } from './duesFixture';

const notify = vi.hoisted(() => vi.fn(async () => true));
vi.mock('../../../src/renderer/platform/ashore', () => ({ ashore: { notify } }));

beforeEach(() => notify.mockClear());

async function remind(today: string, days: number, language: 'en' | 'zh-CN', database = freshDb()) {
  const { result, debts } = household();
  const t = await translator(language);
  return notifyDuesSoon({
    plan: result,
    debts,
    today,
    days,
    t,
    language,
    currency: 'CNY',
    database,
  });
}

describe('due reminders', () => {
  it('announces the dues from today to N days ahead in one notification, in Chinese', async () => {
    // 2 Jan: the card's installment (5 Jan) is 3 days away; 花呗 (10 Jan) is not yet.
    const announced = await remind('2027-01-02', 3, 'zh-CN');
    expect(announced.map((item) => item.debtId)).toEqual(['card']);
    expect(notify).toHaveBeenCalledTimes(1);
    const [{ title, body }] = notify.mock.calls[0] as unknown as [{ title: string; body: string }];
    expect(title).toBe('上岸：1 笔还款快到期了');
    expect(body).toMatch(/^信用卡 ¥516\.40，3天后（2027年1月5日），错过即违约$/);
  });

  it('says it in English, and lists each due on its own line', async () => {
    await remind('2027-01-05', 5, 'en');
    const [{ title, body }] = notify.mock.calls[0] as unknown as [{ title: string; body: string }];
    expect(title).toBe('Ashore: payments due soon (2)');
    expect(body.split('\n')).toEqual([
      '信用卡 ¥516.40, today (Jan 5, 2027) — missing it breaks the agreement',
      expect.stringMatching(/^花呗 ¥203\.10, in 5 days \(Jan 10, 2027\)$/),
    ]);
  });

  it('never announces the same due twice, however often it checks', async () => {
    const database = freshDb();
    const [first, second] = await Promise.all([
      remind('2027-01-02', 3, 'en', database),
      remind('2027-01-02', 3, 'en', database),
    ]);
    expect([...first, ...second].map((item) => item.debtId)).toEqual(['card']);
    expect(await remind('2027-01-03', 3, 'en', database)).toEqual([]);
    expect(notify).toHaveBeenCalledTimes(1);
    // The next due is new: it is announced when it comes within reach.
    expect((await remind('2027-01-07', 3, 'en', database)).map((item) => item.debtId)).toEqual([
      'huabei',
    ]);
  });

  it('shows nothing when nothing is due soon', async () => {
    expect(await remind('2027-01-11', 3, 'en')).toEqual([]);
    expect(notify).not.toHaveBeenCalled();
  });
});

describe('reminder bookkeeping', () => {
  it('forgets reminders after 120 days', async () => {
    const database = freshDb();
    await claimReminders(['a|minimum|2027-01-10'], new Date('2027-01-01T00:00:00Z'), database);
    const later = new Date('2027-06-01T00:00:00Z');
    expect(await claimReminders(['a|minimum|2027-01-10'], later, database)).toEqual([
      'a|minimum|2027-01-10',
    ]);
  });
});

describe('dates', () => {
  it('adds days across months and years', () => {
    expect(plusDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(plusDays('2028-02-27', 2)).toBe('2028-02-29');
  });

  it('says when in words', () => {
    expect(whenText('2027-01-01', '2027-01-02', 'en')).toBe('tomorrow');
    expect(whenText('2027-01-01', '2027-01-01', 'zh-CN')).toBe('今天');
  });
});
