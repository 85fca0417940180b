import {
  type FocusEvent,
  type KeyboardEvent,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { shortMonthFormatter } from '../charts/chartFormat';
import type { PlanBundle } from '../planProtocol';
import { cellText } from './cellText';
import type { FigureRequest } from './figureRequest';
import { moneyFormatter } from '../../format/money';
import { BudgetRow, DEBT_COLUMNS, DebtRow, MonthTotalsRow } from './ScheduleRowView';
import { type GridCell, gridMove, shownColumn } from './scheduleGrid';
import { TOTAL_COLUMNS, scheduleLines } from './scheduleLines';
import { useWindowedRows } from './useWindowedRows';

/** Must match `.schedule-table tbody tr` and the header rows in styles.css. */
const ROW_HEIGHT = 34;
const ALL = '';

interface ScheduleTableProps {
  bundle: PlanBundle;
  currency: string;
  language: string;
  onOpen: (request: FigureRequest) => void;
}

/**
 * The plan one month a line (paid, interest, penalty, fees, what could not be paid, balance); a
 * month opens to its budget and its debts, or one debt can be picked to see all its months.
 * Lines are windowed; the header and month column stay in view.
 */
export function ScheduleTable({ bundle, currency, language, onOpen }: ScheduleTableProps) {
  const { t } = useTranslation();
  const schedule = bundle.result.schedule;
  const debts = bundle.scenario.debts;
  const [debtId, setDebtId] = useState(ALL);
  const showId = useId();
  const [opened, setOpened] = useState<ReadonlySet<number>>(() => new Set());
  const money = useMemo(() => moneyFormatter(currency, language), [currency, language]);
  const text = useMemo(() => cellText(t), [t]);
  const names = useMemo(() => new Map(debts.map((d) => [d.id, d.name])), [debts]);
  const picked = debts.some((d) => d.id === debtId) ? debtId : ALL;
  const lines = useMemo(
    () => scheduleLines(schedule, opened, picked === ALL ? null : picked),
    [schedule, opened, picked],
  );
  const monthLabels = useMemo(() => {
    const label = shortMonthFormatter(language);
    return schedule.map((row) => label(row.start));
  }, [schedule, language]);
  // The first line of each calendar year, for the year selector.
  const years = useMemo(() => {
    const firstLine = new Map<string, number>();
    for (const [index, line] of lines.entries()) {
      const year = line.row.start.slice(0, 4);
      if (!firstLine.has(year)) firstLine.set(year, index);
    }
    return [...firstLine.entries()];
  }, [lines]);
  const toggle = useCallback(
    (month: number) =>
      setOpened((current) => {
        const next = new Set(current);
        if (!next.delete(month)) next.add(month);
        return next;
      }),
    [],
  );
  const { containerRef, onScroll, scrollToRow, first, last, padTop, padBottom } = useWindowedRows(
    lines.length,
    ROW_HEIGHT,
  );
  const columns = picked === ALL ? TOTAL_COLUMNS : DEBT_COLUMNS;
  const colSpan = 1 + columns.length;

  // One tab stop for the whole table, moved by the arrow keys (WAI-ARIA grid, roving tabindex).
  const tableRef = useRef<HTMLTableElement>(null);
  const [asked, setAsked] = useState<GridCell>({ line: 0, col: 0 });
  const focusMoved = useRef(false);
  const active = { line: Math.min(asked.line, Math.max(0, lines.length - 1)), col: asked.col };
  // The stop is the asked-for cell while its line is drawn, else the first line drawn: the
  // table always has exactly one.
  const stop = active.line >= first && active.line < last ? active : { line: first, col: 0 };
  const stopLine = lines[stop.line];
  const stopCol = stopLine ? shownColumn(stop, stopLine, columns.length) : 0;

  useEffect(() => {
    if (!focusMoved.current || !stopLine || stop.line !== active.line) return;
    const target = tableRef.current?.querySelector<HTMLElement>(
      `tr[aria-rowindex="${stop.line + 2}"] [data-cell="${stopCol}"]`,
    );
    if (!target) return;
    focusMoved.current = false;
    target.focus();
  });

  const onGridKey = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.altKey || event.shiftKey) return;
    const next = gridMove(event, active, lines, columns.length);
    if (!next) return;
    event.preventDefault();
    focusMoved.current = true;
    setAsked(next);
    // A line outside the drawn window is drawn first, then focused (the effect above).
    if (next.line < first || next.line >= last) scrollToRow(next.line);
  };
  const onGridFocus = (event: FocusEvent<HTMLTableElement>) => {
    const cell = event.target.closest<HTMLElement>('[data-cell]');
    const rowIndex = cell?.closest('tr')?.getAttribute('aria-rowindex');
    if (!cell || !rowIndex) return;
    const focused = { line: Number(rowIndex) - 2, col: Number(cell.dataset['cell']) };
    // Focus that lands where the asked-for column shows (a budget line's last button after
    // ArrowDown from a later column) keeps the asked-for column for the next line.
    setAsked((current) => {
      const line = lines[focused.line];
      const kept =
        current.line === focused.line &&
        line !== undefined &&
        shownColumn(current, line, columns.length) === focused.col;
      return kept ? current : focused;
    });
  };

  return (
    <>
      <div className="schedule-tools">
        <p>{t('schedule.monthCount', { months: schedule.length, debts: debts.length })}</p>
        <span>
          <label htmlFor={showId}>{t('schedule.show')}</label>{' '}
          <select id={showId} value={picked} onChange={(event) => setDebtId(event.target.value)}>
            <option value={ALL}>{t('schedule.showAll')}</option>
            {debts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </span>
        {years.length > 1 && (
          <label>
            {t('schedule.jumpToYear')}{' '}
            <select onChange={(event) => scrollToRow(Number(event.target.value))}>
              {years.map(([year, index]) => (
                <option key={year} value={index}>
                  {year}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className="hint">
        {t(picked === ALL ? 'schedule.openHint' : 'schedule.debtHint')} {t('schedule.gridKeys')}
      </p>
      <div
        className="schedule-scroll"
        ref={containerRef}
        onScroll={onScroll}
        role="region"
        aria-label={t('schedule.tableLabel', { months: schedule.length })}
      >
        <table
          ref={tableRef}
          className="schedule-table"
          role="grid"
          aria-rowcount={lines.length + 1}
          onKeyDown={onGridKey}
          onFocus={onGridFocus}
        >
          <colgroup>
            <col className="col-month" />
            {columns.map((c) => (
              <col key={c} className={c === 'state' ? 'col-state' : 'col-money'} />
            ))}
          </colgroup>
          <thead>
            <tr className="schedule-columns" aria-rowindex={1}>
              <th scope="col" className="schedule-month">
                {picked === ALL ? t('schedule.columns.month') : names.get(picked)}
              </th>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {t(`schedule.columns.${picked === ALL && c === 'paid' ? 'paid' : c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden="true" style={{ height: padTop }}>
                <td colSpan={colSpan} />
              </tr>
            )}
            {lines.slice(first, last).map((line, offset) => {
              const common = {
                rowIndex: first + offset + 2,
                stopCol: first + offset === stop.line ? stopCol : null,
                monthLabel: monthLabels[line.row.month] ?? line.row.start,
                money,
                text,
                onOpen,
              };
              if (line.kind === 'month')
                return (
                  <MonthTotalsRow
                    key={`m${line.row.month}`}
                    {...common}
                    row={line.row}
                    opened={opened.has(line.row.month)}
                    onToggle={toggle}
                  />
                );
              if (line.kind === 'budget')
                return <BudgetRow key={`b${line.row.month}`} {...common} row={line.row} />;
              return (
                <DebtRow
                  key={`d${line.row.month}-${line.debt.id}`}
                  {...common}
                  row={line.row}
                  debt={line.debt}
                  name={names.get(line.debt.id) ?? line.debt.id}
                  alone={picked !== ALL}
                />
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden="true" style={{ height: padBottom }}>
                <td colSpan={colSpan} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
