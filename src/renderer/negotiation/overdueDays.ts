import { dayNumber, parseDate } from '../../core/calendar';

/**
 * Days from the day a debt fell overdue to `on` (both YYYY-MM-DD); null when either date is
 * missing or invalid, or the debt was not yet overdue on that day.
 */
export function overdueDays(since: string | undefined, on: string): number | null {
  const from = since ? parseDate(since) : null;
  const to = parseDate(on);
  if (!from || !to) return null;
  const days = dayNumber(to) - dayNumber(from);
  return days >= 0 ? days : null;
}

/** Each debt's days overdue on `on`, by id, where its 逾期开始日期 is entered (overdueDays). */
export function overdueDaysOf(
  debts: readonly { id: string; overdueSince?: string | undefined }[],
  on: string,
): Record<string, number> {
  return Object.fromEntries(
    debts.flatMap((debt) => {
      const days = overdueDays(debt.overdueSince, on);
      return days === null ? [] : [[debt.id, days] as const];
    }),
  );
}
