import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanResult } from '../../core/engine/output';
import { useAllContacts } from '../db/negotiation';
import { errorText } from '../format/errorText';
import { todayIso } from '../format/dates';
import { useFormat } from '../format/useFormat';
import { useHouseholdData } from '../plan/PlanContext';
import { ashore } from '../platform/ashore';
import { useSettings } from '../settings/SettingsContext';
import { type DueDebt, daysBetween, dueItems, plusDays, thisMonthAndNext } from './dueList';
import { dueDebtsOf, whenText } from './dueReminders';

/** How far ahead the calendar file reaches: a year; a newer export updates the same events. */
const CALENDAR_DAYS = 365;

function CalendarExport({ plan, debts }: { plan: PlanResult; debts: DueDebt[] }) {
  const { t } = useTranslation();
  const { language, currency, reminderDays } = useSettings();
  const contacts = useAllContacts();
  const [message, setMessage] = useState('');

  async function exportCalendar() {
    // The iCalendar writer (ics, with its validation library) loads on the first export: most
    // starts of the overview never export, and it is not in front of their first render.
    const { buildCalendar, pendingFollowUps } = await import('./calendarFile');
    const today = todayIso();
    const content = buildCalendar({
      dues: dueItems(plan, debts, today, plusDays(today, CALENDAR_DAYS)),
      followUps: pendingFollowUps(
        contacts ?? [],
        new Map(debts.map((debt) => [debt.id, debt.name])),
        today,
      ),
      reminderDays,
      t,
      language,
      currency,
    });
    const result = await ashore.saveFile({
      kind: 'calendar',
      suggestedName: t('dues.calendar.fileName', { date: today }),
      content,
    });
    if (result.saved) setMessage(t('dues.calendar.exported', { name: result.name }));
  }

  return (
    <div className="dues-export">
      <button
        type="button"
        onClick={() =>
          void exportCalendar().catch((error: unknown) =>
            setMessage(t('dues.calendar.failed', { detail: errorText(error) })),
          )
        }
      >
        {t('dues.calendar.export')}
      </button>
      <p className="status-line" role="status">
        {message}
      </p>
    </div>
  );
}

/**
 * Every due this month and next, dated by each debt's due day: what to pay, when, and which
 * ones an agreement stands or falls on (DOMAIN step 9).
 */
export function DuesPanel({ plan }: { plan: PlanResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { reminderDays } = useSettings();
  const { household } = useHouseholdData();
  if (!household) return null;
  const today = todayIso();
  const debts = dueDebtsOf(household);
  const { from, to } = thisMonthAndNext(today);
  const items = dueItems(plan, debts, from, to);

  return (
    <section className="dues" aria-labelledby="dues-title">
      <h2 id="dues-title">{t('dues.title')}</h2>
      <p className="hint">{t('dues.intro')}</p>
      {items.length === 0 ? (
        <p>{t('dues.empty')}</p>
      ) : (
        <table className="data dues-table">
          <thead>
            <tr>
              <th scope="col">{t('dues.columns.date')}</th>
              <th scope="col">{t('dues.columns.debt')}</th>
              <th scope="col">{t('dues.columns.kind')}</th>
              <th scope="col" className="amount">
                {t('dues.columns.amount')}
              </th>
              <th scope="col" className="amount">
                {t('dues.columns.planned')}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const days = daysBetween(today, item.date);
              const soon = days >= 0 && days <= reminderDays;
              return (
                <tr
                  key={`${item.debtId}|${item.kind}|${item.date}`}
                  className={days < 0 ? 'past' : soon ? 'soon' : undefined}
                >
                  <td>
                    {format.date(item.date)}{' '}
                    <span className="hint">{whenText(today, item.date, format.language)}</span>
                    {soon ? <span className="badge">{t('dues.reminderSoon')}</span> : null}
                    {item.dayKnown ? null : (
                      <span className="hint" title={t('dues.dayUnknown')}>
                        {' *'}
                      </span>
                    )}
                  </td>
                  <th scope="row">{item.name}</th>
                  <td>
                    {t(`dues.kinds.${item.kind}`)}
                    {item.breaksAgreement ? (
                      <span className="badge danger" title={t('dues.breaksHint')}>
                        {t('dues.breaks')}
                      </span>
                    ) : null}
                  </td>
                  <td className="amount">{format.money(item.amount)}</td>
                  <td className="amount">{format.money(item.planned)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {/* Said once under the table, not on every row whose debt has no due day. */}
      {items.some((item) => !item.dayKnown) ? (
        <p className="hint">* {t('dues.dayUnknown')}</p>
      ) : null}
      <CalendarExport plan={plan} debts={debts} />
    </section>
  );
}
