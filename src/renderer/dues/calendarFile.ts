import type { TFunction } from 'i18next';
import { type Alarm, type DateArray, type EventAttributes, createEvents } from 'ics';
import type { UiLanguage as Language } from '../../shared/contract';
import type { ContactRow } from '../db/AppDB';
import { formatMoney } from '../format/money';
import { type DueItem, plusDays } from './dueList';

/** The hour of the day an alarm rings: a reminder at midnight helps no one. */
const ALARM_HOUR = 9;

export interface CalendarSources {
  dues: readonly DueItem[];
  /** Follow-ups still to do: contacts with a follow-up date, not done, not past. */
  followUps: readonly { contact: ContactRow; lender: string }[];
  /** Days before each event its alarm rings (the reminder setting). */
  reminderDays: number;
  t: TFunction;
  language: Language;
  currency: string;
}

function dateArray(iso: string): DateArray {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return [year, month, day];
}

/** An alarm `days` before an all-day event, at ALARM_HOUR (the event starts at midnight). */
function alarmBefore(days: number, description: string): Alarm {
  const minutes = days * 24 * 60 - ALARM_HOUR * 60;
  return {
    action: 'display',
    description,
    trigger: minutes >= 0 ? { minutes, before: true } : { minutes: -minutes, before: false },
  };
}

function allDay(iso: string): Pick<EventAttributes, 'start'> & { end: DateArray } {
  return { start: dateArray(iso), end: dateArray(plusDays(iso, 1)) };
}

/**
 * The dues and the negotiation follow-ups as an iCalendar file (RFC 5545) for the phone's
 * calendar: one all-day event each, with an alarm the reminder setting's days before. UIDs are
 * stable (debt, kind, date), so importing a newer file updates the events instead of doubling them.
 */
export function buildCalendar(sources: CalendarSources): string {
  const { t, language, currency, reminderDays } = sources;
  const events: EventAttributes[] = [
    ...sources.dues.map((item): EventAttributes => {
      const title = t('dues.calendar.dueSummary', {
        name: item.name,
        amount: formatMoney(item.amount, currency, language),
      });
      const kind = t(`dues.kinds.${item.kind}`);
      return {
        ...allDay(item.date),
        uid: `due-${item.debtId}-${item.kind}-${item.date}@ashore.local`,
        title,
        description: t(
          item.breaksAgreement ? 'dues.calendar.breaksDescription' : 'dues.calendar.dueDescription',
          { kind },
        ),
        transp: 'TRANSPARENT',
        alarms: [alarmBefore(reminderDays, title)],
      };
    }),
    ...sources.followUps.map(({ contact, lender }): EventAttributes => {
      const title = t('dues.calendar.followUpSummary', { name: lender });
      return {
        ...allDay(contact.followUp ?? ''),
        uid: `follow-up-${contact.id}@ashore.local`,
        title,
        description: t('dues.calendar.followUpDescription', { promised: contact.promised }),
        transp: 'TRANSPARENT',
        alarms: [alarmBefore(0, title)],
      };
    }),
  ];
  const { error, value } = createEvents(events, {
    productId: 'ashore/dues',
    calName: t('dues.title'),
  });
  if (error || value === null) throw error ?? new Error('the calendar could not be written');
  return value;
}

/** The follow-ups a calendar carries: planned, not done, today or later. */
export function pendingFollowUps(
  contacts: readonly ContactRow[],
  lenders: ReadonlyMap<string, string>,
  today: string,
): { contact: ContactRow; lender: string }[] {
  return contacts
    .filter((contact) => contact.followUp && !contact.followUpDone && contact.followUp >= today)
    .map((contact) => ({ contact, lender: lenders.get(contact.debtId) ?? contact.debtId }));
}
