import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../format/dates';
import { useFormat } from '../format/useFormat';
import { useHouseholdData } from '../plan/PlanContext';
import { followUpsDue } from './followUps';
import { setFollowUpDone, useAllContacts } from '../db/negotiation';
import { negotiationHref } from './selectedDebt';

/**
 * Follow-ups due today or overdue, across lenders (DOMAIN step 7), for the dashboard. Shows
 * nothing when none is due: the dashboard stays quiet until something needs doing.
 */
export function FollowUps() {
  const { t } = useTranslation();
  const format = useFormat();
  const { household } = useHouseholdData();
  const contacts = useAllContacts();
  const [message, setMessage] = useState('');
  const today = todayIso();
  const names = new Map(household?.debts.map((debt) => [debt.id, debt.name]));
  // A contact whose debt was deleted leaves with it; one not yet in the household is not shown.
  const due = followUpsDue(contacts ?? [], today).filter((item) => names.has(item.contact.debtId));
  if (due.length === 0 && !message) return null;

  return (
    <section className="follow-ups" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">{t('negotiation.followUps.title')}</h2>
      <ul className="follow-up-list">
        {due.map(({ contact, overdue }) => {
          const debt = names.get(contact.debtId) ?? contact.debtId;
          const what = contact.promised || contact.said || contact.answer || contact.who;
          return (
            <li key={contact.id} className={overdue ? 'overdue' : undefined}>
              <span className={`badge${overdue ? ' danger' : ''}`}>
                {overdue
                  ? t('negotiation.followUps.overdue', { date: format.date(contact.followUp) })
                  : t('negotiation.followUps.dueToday')}
              </span>{' '}
              <a
                href={negotiationHref(contact.debtId)}
                aria-label={t('negotiation.followUps.open', { debt })}
              >
                {debt}
              </a>
              {what ? (
                <span className="follow-up-what">
                  {t('negotiation.followUps.separator')}
                  {what}
                </span>
              ) : null}{' '}
              <button
                type="button"
                onClick={() =>
                  void setFollowUpDone(contact.id, true).then(() =>
                    setMessage(t('negotiation.followUps.doneOf', { debt })),
                  )
                }
              >
                {t('negotiation.followUps.done')}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="status-line" role="status">
        {message}
      </p>
    </section>
  );
}
