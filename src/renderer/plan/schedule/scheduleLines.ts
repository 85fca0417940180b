import type { ScheduleDebt, ScheduleRow } from '../../../core/engine/output';
import { Dec } from '../../../core/money';

/** What was due and could not be paid: the shortfall that brings penalty and late fees. */
export function unpaidDue(debt: Pick<ScheduleDebt, 'due' | 'payment'>): string {
  const short = new Dec(debt.due).minus(debt.payment);
  return (short.isNegative() ? new Dec(0) : short).toFixed(2);
}

/** A month in one line: what a person asks first, summed over its debts. */
export interface MonthTotals {
  paid: string;
  interest: string;
  penalty: string;
  fees: string;
  unpaid: string;
  balance: string;
}

export const TOTAL_COLUMNS: readonly (keyof MonthTotals)[] = [
  'paid',
  'interest',
  'penalty',
  'fees',
  'unpaid',
  'balance',
];

export function monthTotals(row: ScheduleRow): MonthTotals {
  const sum = (pick: (debt: ScheduleDebt) => string) =>
    row.debts.reduce((total, debt) => total.plus(pick(debt)), new Dec(0)).toFixed(2);
  return {
    paid: row.paid,
    interest: sum((debt) => debt.interest),
    penalty: sum((debt) => debt.penalty),
    fees: sum((debt) => debt.fees),
    unpaid: sum(unpaidDue),
    // A row lists the debts unpaid at its start; the others owe nothing.
    balance: sum((debt) => debt.balance),
  };
}

/** One line of the table: a month's totals, or, in an opened month, its budget or one debt. */
export type ScheduleLine =
  | { kind: 'month'; row: ScheduleRow }
  | { kind: 'budget'; row: ScheduleRow }
  | { kind: 'debt'; row: ScheduleRow; debt: ScheduleDebt };

/**
 * The lines to draw, one fixed height each (the table is windowed): every month, and under each
 * opened month its budget and its debts, or, with one debt picked, that debt's months only.
 */
export function scheduleLines(
  schedule: readonly ScheduleRow[],
  opened: ReadonlySet<number>,
  debtId: string | null,
): ScheduleLine[] {
  if (debtId !== null)
    return schedule.flatMap((row) => {
      const debt = row.debts.find((candidate) => candidate.id === debtId);
      return debt ? [{ kind: 'debt' as const, row, debt }] : [];
    });
  return schedule.flatMap((row): ScheduleLine[] =>
    opened.has(row.month)
      ? [
          { kind: 'month', row },
          { kind: 'budget', row },
          ...row.debts.map((debt) => ({ kind: 'debt' as const, row, debt })),
        ]
      : [{ kind: 'month', row }],
  );
}
