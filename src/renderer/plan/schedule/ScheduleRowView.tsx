import { memo } from 'react';
import type { ScheduleDebt, ScheduleRow } from '../../../core/engine/output';
import type { CellText } from './cellText';
import type { DebtFigure } from './explanationText';
import type { FigureRequest } from './figureRequest';
import { TOTAL_COLUMNS, monthTotals, unpaidDue } from './scheduleLines';

/** The columns of one debt's own months, when it is picked. */
export const DEBT_COLUMNS = [
  'due',
  'payment',
  'interest',
  'penalty',
  'fees',
  'unpaid',
  'balance',
  'state',
] as const;
type DebtColumn = (typeof DEBT_COLUMNS)[number];

/** Which figure explains a cell: what could not be paid is explained by what was due. */
const explainedBy = (column: DebtColumn | 'paid'): DebtFigure =>
  column === 'unpaid' ? 'due' : column === 'paid' ? 'payment' : column;

interface Common {
  /** Where the line sits in the whole table: only a window of lines is in the page. */
  rowIndex: number;
  /** The column of this line that is the grid's one tab stop, or null: see scheduleGrid.ts. */
  stopCol: number | null;
  monthLabel: string;
  money: (amount: string) => string;
  text: CellText;
  onOpen: (request: FigureRequest) => void;
}

/** The attributes that make an element a cell of the keyboard grid (roving tabindex). */
const gridCell = (col: number, stopCol: number | null) => ({
  'data-cell': col,
  tabIndex: stopCol === col ? 0 : -1,
});

function FigureButton({
  label,
  value,
  onOpen,
  cell,
}: {
  label: string;
  value: string;
  onOpen: () => void;
  cell: ReturnType<typeof gridCell>;
}) {
  return (
    <button type="button" className="figure" aria-label={label} onClick={onOpen} {...cell}>
      {value}
    </button>
  );
}

/** A month in one line; the month's name opens it to show its budget and its debts. */
export const MonthTotalsRow = memo(function MonthTotalsRow({
  row,
  rowIndex,
  stopCol,
  monthLabel,
  money,
  text,
  onOpen,
  opened,
  onToggle,
}: Common & { row: ScheduleRow; opened: boolean; onToggle: (month: number) => void }) {
  const totals = monthTotals(row);
  return (
    <tr className="schedule-month-row" aria-rowindex={rowIndex}>
      <th scope="row" className="schedule-month">
        <button
          type="button"
          className="schedule-toggle"
          aria-expanded={opened}
          onClick={() => onToggle(row.month)}
          {...gridCell(0, stopCol)}
        >
          <span aria-hidden="true" className="schedule-chevron">
            {opened ? '▾' : '▸'}
          </span>{' '}
          {monthLabel}
        </button>
      </th>
      {TOTAL_COLUMNS.map((column, index) => {
        const value = money(totals[column]);
        const warn = column === 'unpaid' && totals.unpaid !== '0.00';
        const cell = gridCell(index + 1, stopCol);
        return column === 'paid' ? (
          <td key={column}>
            <FigureButton
              label={text.monthLabel(monthLabel, text.column.paid, value)}
              value={value}
              onOpen={() => onOpen({ kind: 'month', month: row.month, figure: 'paid', value })}
              cell={cell}
            />
          </td>
        ) : (
          <td key={column} className={warn ? 'schedule-warn' : undefined} {...cell}>
            <span className="figure">{value}</span>
          </td>
        );
      })}
    </tr>
  );
});

/** An opened month's budget: what there was to pay with, what was left, what income lacked. */
export const BudgetRow = memo(function BudgetRow({
  row,
  rowIndex,
  stopCol,
  monthLabel,
  money,
  text,
  onOpen,
}: Common & { row: ScheduleRow }) {
  return (
    <tr className="schedule-sub" aria-rowindex={rowIndex}>
      <th scope="row" className="schedule-month schedule-sub-name" {...gridCell(0, stopCol)}>
        {text.budget}
      </th>
      <td colSpan={TOTAL_COLUMNS.length} className="schedule-budget">
        {(['capacity', 'unallocated', 'deficit'] as const).map((figure, index) => {
          const value = money(row[figure]);
          return (
            <button
              key={figure}
              type="button"
              className={figure === 'deficit' && row.deficit !== '0.00' ? 'link warn' : 'link'}
              aria-label={text.monthLabel(monthLabel, text.column[figure], value)}
              onClick={() => onOpen({ kind: 'month', month: row.month, figure, value })}
              {...gridCell(index + 1, stopCol)}
            >
              {text.column[figure]} {value}
            </button>
          );
        })}
      </td>
    </tr>
  );
});

/**
 * One debt in one month: under an opened month (the month's columns), or as a row of the debt
 * picked on its own (all its columns). Every figure opens how it was worked out.
 */
export const DebtRow = memo(function DebtRow({
  row,
  debt,
  name,
  rowIndex,
  stopCol,
  monthLabel,
  money,
  text,
  onOpen,
  alone,
}: Common & { row: ScheduleRow; debt: ScheduleDebt; name: string; alone: boolean }) {
  const columns: readonly (DebtColumn | 'paid')[] = alone ? DEBT_COLUMNS : TOTAL_COLUMNS;
  const state = text.state[debt.state];
  return (
    <tr className={alone ? undefined : 'schedule-sub'} aria-rowindex={rowIndex}>
      <th
        scope="row"
        className={alone ? 'schedule-month' : 'schedule-month schedule-sub-name'}
        {...gridCell(0, stopCol)}
      >
        {alone ? monthLabel : `${name} · ${state}`}
      </th>
      {columns.map((column, index) => {
        const cell = gridCell(index + 1, stopCol);
        if (column === 'state')
          return (
            <td key={column} className={`schedule-state state-${debt.state}`} {...cell}>
              <span className="figure">{state}</span>
            </td>
          );
        const amount =
          column === 'unpaid' ? unpaidDue(debt) : debt[column === 'paid' ? 'payment' : column];
        const value = money(amount);
        const figure = explainedBy(column);
        const label = text.column[column === 'paid' ? 'payment' : column];
        return (
          <td
            key={column}
            className={column === 'unpaid' && amount !== '0.00' ? 'schedule-warn' : undefined}
          >
            <FigureButton
              label={text.debtLabel(name, monthLabel, label, value)}
              value={value}
              onOpen={() =>
                onOpen({
                  kind: 'debt',
                  month: row.month,
                  debtId: debt.id,
                  figure,
                  value: figure === 'due' ? money(debt.due) : value,
                })
              }
              cell={cell}
            />
          </td>
        );
      })}
    </tr>
  );
});
