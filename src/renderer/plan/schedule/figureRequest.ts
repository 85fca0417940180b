import type { DebtFigure, MonthFigure } from './explanationText';

/** The figure a person opened: one debt's figure in a month, or a figure of the month itself. */
export type FigureRequest =
  | { kind: 'debt'; month: number; debtId: string; figure: DebtFigure; value: string }
  | { kind: 'month'; month: number; figure: MonthFigure; value: string };
