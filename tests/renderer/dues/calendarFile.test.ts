import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { ContactRow } from '../../../src/renderer/db/AppDB';
import { buildCalendar, pendingFollowUps } from '../../../src/renderer/dues/calendarFile';
import { dueItems } from '../../../src/renderer/dues/dueList';
import { translator } from '../debts/translator';
import { household } from './duesFixture';

const contact = (id: string, followUp: string, followUpDone = false): ContactRow => ({
  id,
  debtId: 'card',
  at: '2026-12-20T10:00',
  channel: 'phone',
  who: '',
  said: '',
  answer: '',
  promised: '下周回电',
  followUp,
  followUpDone,
});

async function calendar(language: 'en' | 'zh-CN') {
  const { result, debts } = household();
  const followUps = pendingFollowUps(
    [contact('c1', '2027-01-08'), contact('c2', '2027-01-09', true), contact('c3', '2026-12-01')],
    new Map([['card', '信用卡']]),
    '2027-01-01',
  );
  const text = buildCalendar({
    dues: dueItems(result, debts, '2027-01-01', '2027-02-28'),
    followUps,
    reminderDays: 3,
    t: await translator(language),
    language,
    currency: 'CNY',
  });
  const root = new ICAL.Component(ICAL.parse(text));
  return { text, events: root.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e)) };
}

describe('the calendar file', () => {
  it('parses as iCalendar with one all-day event per due and per pending follow-up', async () => {
    const { events } = await calendar('zh-CN');
    expect(
      events.map((event) => [event.startDate.toString(), event.startDate.isDate, event.summary]),
    ).toEqual([
      ['2027-01-05', true, '还款：信用卡 ¥516.40'],
      ['2027-01-10', true, '还款：花呗 ¥203.10'],
      ['2027-02-05', true, '还款：信用卡 ¥516.40'],
      ['2027-02-10', true, '还款：花呗 ¥136.63'],
      ['2027-02-20', true, '还款：Friend ¥600.00'],
      ['2027-01-08', true, '跟进协商：信用卡'],
    ]);
    expect(events[0]?.description).toContain('错过即违约');
    expect(events[5]?.description).toBe('上次联系承诺：下周回电');
  });

  it('rings an alarm the reminder days before, at 9 in the morning', async () => {
    const { events } = await calendar('en');
    const alarm = events[0]?.component.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    // Three days before midnight, plus nine hours: 63 hours before the day starts.
    expect(String(alarm?.getFirstPropertyValue('trigger'))).toBe('-PT3780M');
    const followUpAlarm = events[5]?.component.getFirstSubcomponent('valarm');
    expect(String(followUpAlarm?.getFirstPropertyValue('trigger'))).toBe('PT540M');
  });

  it('gives each event a stable identity, so a newer file updates rather than doubles', async () => {
    const first = await calendar('en');
    const second = await calendar('en');
    expect(first.events.map((e) => e.uid)).toEqual(second.events.map((e) => e.uid));
    expect(new Set(first.events.map((e) => e.uid)).size).toBe(first.events.length);
    expect(first.events[0]?.summary).toBe('Pay 信用卡 ¥516.40');
  });
});
