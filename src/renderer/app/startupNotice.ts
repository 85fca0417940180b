import type { TFunction } from 'i18next';
import type { AppDB } from '../db/AppDB';
import type { UiLanguage as Language } from '../../shared/contract';
import { readFollowUpSources } from '../db/negotiation';
import { todayIso } from '../format/dates';
import { followUpsDue } from '../negotiation/followUps';
import { ashore } from '../platform/ashore';
import { formatList } from '../format/list';

/**
 * At start-up, a system notification listing the lenders to follow up with today (and any
 * follow-up already missed): one application is rarely enough, and a missed call-back costs.
 * Once per start; nothing is shown when nothing is due.
 */
export async function notifyFollowUpsDue(
  t: TFunction,
  language: Language,
  database?: AppDB,
): Promise<boolean> {
  const { contacts, debts } = await readFollowUpSources(database);
  const due = followUpsDue(contacts, todayIso());
  if (due.length === 0) return false;
  const names = new Map(debts.map((debt) => [debt.id, debt.name]));
  const lenders = [
    ...new Set(due.map((item) => names.get(item.contact.debtId) ?? item.contact.debtId)),
  ];
  return ashore.notify({
    title: t('app.followUpsTitle', { count: due.length }),
    body: t('app.followUpsBody', {
      lenders: formatList(lenders, language),
    }),
  });
}
