import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortMonthFormatter } from '../charts/chartFormat';
import type { PlanBundle } from '../planProtocol';
import { cellText } from './cellText';
import type { FigureRequest } from './figureRequest';
import { moneyFormatter } from '../../format/money';
import { BudgetRow, DEBT_COLUMNS, DebtRow, MonthTotalsRow } from './ScheduleRowView';
import { TOTAL_COLUMNS, scheduleLines } from './scheduleLines';
import { useScheduleGrid } from './useScheduleGrid';
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

  const { tableRef, onKeyDown, onFocus, stopColumnOf } = useScheduleGrid(lines, columns.length, {
    first,
    last,
    scrollToRow,
  });

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
          onKeyDown={onKeyDown}
          onFocus={onFocus}
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
                stopCol: stopColumnOf(first + offset),
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
