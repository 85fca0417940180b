import type { TFunction } from 'i18next';
import type { BudgetItemRow } from '../db/AppDB';
import { formatMonth } from '../format/dates';
import { intlFormatter } from '../format/intlCache';

/** The name of a month of the year (1–12) in the user's language: "3月", "March". */
export function monthOfYearName(month: number, locale: string): string {
  // Cached: the form's month list names all twelve on every render.
  return intlFormatter(
    `monthOfYear|${locale}`,
    () => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }),
  ).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** When an item counts, as a person says it: "每月，2026年3月起，至 2027年2月". */
export function whenText(item: BudgetItemRow, t: TFunction, locale: string): string {
  const frequency = item.frequency ?? 'monthly';
  if (frequency === 'once') {
    return t('budget.when.once', { month: formatMonth(String(item.month ?? ''), locale) });
  }
  const parts = [
    frequency === 'yearly'
      ? t('budget.when.yearly', { month: monthOfYearName(Number(item.month), locale) })
      : t('budget.when.monthly'),
  ];
  if (item.startMonth) {
    parts.push(t('budget.when.from', { month: formatMonth(item.startMonth, locale) }));
  }
  if (item.endMonth) {
    parts.push(t('budget.when.until', { month: formatMonth(item.endMonth, locale) }));
  }
  return parts.join(locale.startsWith('zh') ? '，' : ', ');
}
