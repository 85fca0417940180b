import type { TFunction } from 'i18next';
import type { PlanResult } from '../../core/engine/output';
import type { UiLanguage as Language } from '../../shared/contract';
import type { AppDB } from '../db/AppDB';
import type { HouseholdData } from '../db/householdRead';
import { claimReminders } from '../db/reminders';
import { formatDate as displayDate } from '../format/dates';
import { intlFormatter } from '../format/intlCache';
import { formatMoney } from '../format/money';
import { ashore } from '../platform/ashore';
import { type DueDebt, type DueItem, daysBetween, dueItems, plusDays } from './dueList';

/** The debts as the due list reads them: each with its due day and its agreements. */
export function dueDebtsOf(household: HouseholdData): DueDebt[] {
  return household.debts.map((debt) => ({
    id: debt.id,
    name: debt.name,
    ...(debt.dueDay !== undefined ? { dueDay: debt.dueDay } : {}),
    agreements: household.agreements
      .filter((row) => row.debtId === debt.id)
      .map((row) => row.agreement),
  }));
}

/** The dues from today to `days` days ahead: what a reminder announces. */
export function duesWithin(
  plan: PlanResult,
  debts: readonly DueDebt[],
  today: string,
  days: number,
): DueItem[] {
  return dueItems(plan, debts, today, plusDays(today, days));
}

/** A due's identity for "already announced": the same due is never announced twice. */
export function reminderKey(item: DueItem): string {
  return `${item.debtId}|${item.kind}|${item.date}`;
}

/** "今天", "明天", "3 天后": when a due falls, relative to today, in the user's language. */
export function whenText(today: string, date: string, language: Language): string {
  return intlFormatter(
    `relative|${language}`,
    () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }),
  ).format(daysBetween(today, date), 'day');
}

/** The notification for these dues, one line each. */
export function reminderText(
  items: readonly DueItem[],
  today: string,
  t: TFunction,
  language: Language,
  currency: string,
): { title: string; body: string } {
  const lines = items.map(
    (item) =>
      t('dues.notifyLine', {
        name: item.name,
        amount: formatMoney(item.amount, currency, language),
        when: whenText(today, item.date, language),
        date: displayDate(item.date, language),
      }) + (item.breaksAgreement ? t('dues.notifyBreaks') : ''),
  );
  return { title: t('dues.notifyTitle', { count: items.length }), body: lines.join('\n') };
}

/**
 * Announces, once each, the dues from today to `days` ahead in one system notification. Answers
 * the dues announced (none when all were announced before).
 */
export async function notifyDuesSoon(options: {
  plan: PlanResult;
  debts: readonly DueDebt[];
  today: string;
  days: number;
  t: TFunction;
  language: Language;
  currency: string;
  database?: AppDB;
}): Promise<DueItem[]> {
  const { plan, debts, today, days, t, language, currency, database } = options;
  const soon = duesWithin(plan, debts, today, days);
  if (soon.length === 0) return [];
  const fresh = new Set(await claimReminders(soon.map(reminderKey), new Date(), database));
  const announce = soon.filter((item) => fresh.has(reminderKey(item)));
  if (announce.length === 0) return [];
  await ashore.notify(reminderText(announce, today, t, language, currency));
  return announce;
}
