import { memo } from 'react';
import type { ScheduleRow } from '../../../core/engine/output';
import type { CellText } from './cellText';
import type { DebtFigure, MonthFigure } from './explanationText';
import type { FigureRequest } from './figureRequest';

export const MONTH_COLUMNS: readonly MonthFigure[] = ['capacity', 'paid', 'unallocated', 'deficit'];
export const DEBT_COLUMNS: readonly DebtFigure[] = [
  'due',
  'payment',
  'interest',
  'penalty',
  'fees',
  'balance',
  'state',
];

interface RowProps {
  row: ScheduleRow;
  debts: readonly { id: string; name: string }[];
  monthLabel: string;
  money: (amount: string) => string;
  text: CellText;
  onOpen: (request: FigureRequest) => void;
}

/** One month of the schedule; memoised so scrolling renders only the rows that come into view. */
export const ScheduleRowView = memo(function ScheduleRowView({
  row,
  debts,
  monthLabel,
  money,
  text,
  onOpen,
}: RowProps) {
  const byId = new Map(row.debts.map((d) => [d.id, d]));
  return (
    // Only a window of rows is in the page: their index tells assistive technology where it is.
    <tr aria-rowindex={row.month + 3}>
      <th scope="row" className="schedule-month">
        {monthLabel}
      </th>
      {MONTH_COLUMNS.map((figure) => {
        const value = money(row[figure]);
        const warn = figure === 'deficit' && row.deficit !== '0.00';
        return (
          <td key={figure} className={warn ? 'schedule-warn' : undefined}>
            <button
              type="button"
              className="figure"
              aria-label={text.monthLabel(monthLabel, text.column[figure], value)}
              onClick={() => onOpen({ kind: 'month', month: row.month, figure, value })}
            >
              {value}
            </button>
          </td>
        );
      })}
      {debts.map((debt) => {
        const cell = byId.get(debt.id);
        // Rows list the debts unpaid at the start of the month: a missing one is paid off.
        if (!cell)
          return DEBT_COLUMNS.map((figure) => (
            <td key={`${debt.id}-${figure}`} className="schedule-gone">
              {figure === 'state' ? text.notListed : ''}
            </td>
          ));
        return DEBT_COLUMNS.map((figure) => {
          const value = figure === 'state' ? text.state[cell.state] : money(cell[figure]);
          return (
            <td
              key={`${debt.id}-${figure}`}
              className={figure === 'state' ? `schedule-state state-${cell.state}` : undefined}
            >
              <button
                type="button"
                className="figure"
                aria-label={text.debtLabel(debt.name, monthLabel, text.column[figure], value)}
                onClick={() =>
                  onOpen({ kind: 'debt', month: row.month, debtId: debt.id, figure, value })
                }
              >
                {value}
              </button>
            </td>
          );
        });
      })}
    </tr>
  );
});
