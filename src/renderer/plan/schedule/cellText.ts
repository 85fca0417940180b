import type { TFunction } from 'i18next';
import type { DebtStateName } from '../../../core/engine/output';
import { DEBT_FIGURES, type DebtFigure, MONTH_FIGURES, type MonthFigure } from './explanationText';

/** The words of the schedule's cells, translated once per language rather than once per cell. */
export interface CellText {
  column: Record<DebtFigure | MonthFigure | 'unpaid', string>;
  budget: string;
  state: Record<DebtStateName, string>;
  debtLabel: (debt: string, month: string, column: string, value: string) => string;
  monthLabel: (month: string, column: string, value: string) => string;
}

const SLOTS = { debt: '\u0001', month: '\u0002', column: '\u0003', value: '\u0004' } as const;

/**
 * A message with its placeholders kept as markers, filled in by plain string replacement:
 * thousands of cells come into view while scrolling, and i18next's interpolation per cell was the
 * slowest part of drawing them.
 */
function template(
  message: string,
): (values: Partial<Record<keyof typeof SLOTS, string>>) => string {
  return (values) => {
    let text = message;
    for (const [slot, marker] of Object.entries(SLOTS))
      text = text.replace(marker, values[slot as keyof typeof SLOTS] ?? '');
    return text;
  };
}

export function cellText(t: TFunction): CellText {
  const debtLabel = template(t('schedule.openFigure', SLOTS));
  const monthLabel = template(t('schedule.openMonthFigure', SLOTS));
  const figures = [...DEBT_FIGURES, ...MONTH_FIGURES, 'unpaid'] as const;
  return {
    column: Object.fromEntries(figures.map((f) => [f, t(`schedule.columns.${f}`)])) as Record<
      DebtFigure | MonthFigure | 'unpaid',
      string
    >,
    budget: t('schedule.budget'),
    state: {
      current: t('schedule.states.current'),
      overdue: t('schedule.states.overdue'),
      agreement: t('schedule.states.agreement'),
      paid: t('schedule.states.paid'),
    },
    debtLabel: (debt, month, column, value) => debtLabel({ debt, month, column, value }),
    monthLabel: (month, column, value) => monthLabel({ month, column, value }),
  };
}
