import { intlFormatter } from './intlCache';

/** Today in the user's time zone, as the model's YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** A model date (YYYY-MM-DD) for display, in the user's language. */
export function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return intlFormatter(
    `date|${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
  ).format(new Date(Date.UTC(y, m - 1, d)));
}

/** How every date with a time is written: "Dec 1, 2026, 10:35 AM", "2026年12月1日 10:35". */
export const dateTimeStyle = { dateStyle: 'medium', timeStyle: 'short' } as const;

/** A moment (a timestamp: when a thing was saved or written) for display, in the user's language. */
export function formatMoment(at: string | number, locale: string): string {
  return intlFormatter(
    `moment|${locale}`,
    () => new Intl.DateTimeFormat(locale, dateTimeStyle),
  ).format(new Date(at));
}

/** A model month (YYYY-MM) for display, in the user's language. */
export function formatMonth(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return intlFormatter(
    `month|${locale}`,
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  ).format(new Date(Date.UTC(y, m - 1, 1)));
}
