import { dateTimeStyle } from '../format/dates';
import { intlFormatter } from '../format/intlCache';

/** A contact's local date and time (YYYY-MM-DDTHH:mm) for display, in the user's language. */
export function formatDateTime(at: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(at);
  if (!match) return at;
  const [, y, m, d, hh, mm] = match.map(Number);
  if (y === undefined || m === undefined || d === undefined) return at;
  return intlFormatter(
    `dateTime|${locale}`,
    () => new Intl.DateTimeFormat(locale, { ...dateTimeStyle, timeZone: 'UTC' }),
  ).format(new Date(Date.UTC(y, m - 1, d, hh ?? 0, mm ?? 0)));
}
