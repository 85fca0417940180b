import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { shortMonthFormatter } from '../charts/chartFormat';
import type { PlanBundle } from '../planProtocol';
import { cellText } from './cellText';
import type { FigureRequest } from './figureRequest';
import { moneyFormatter } from '../../format/money';
import { DEBT_COLUMNS, MONTH_COLUMNS, ScheduleRowView } from './ScheduleRowView';
import { useWindowedRows } from './useWindowedRows';

/** Must match `.schedule-table tbody tr` and the header rows in styles.css. */
const ROW_HEIGHT = 34;

interface ScheduleTableProps {
  bundle: PlanBundle;
  currency: string;
  language: string;
  onOpen: (request: FigureRequest) => void;
}

/**
 * Every month of the plan: month figures, then per debt its due, payment, interest, penalty,
 * fees, balance and state. Rows are windowed, the header and month column stay in view.
 */
export function ScheduleTable({ bundle, currency, language, onOpen }: ScheduleTableProps) {
  const { t } = useTranslation();
  const schedule = bundle.result.schedule;
  const debts = bundle.scenario.debts;
  const money = useMemo(() => moneyFormatter(currency, language), [currency, language]);
  const text = useMemo(() => cellText(t), [t]);
  const monthLabels = useMemo(() => {
    const label = shortMonthFormatter(language);
    return schedule.map((row) => label(row.start));
  }, [schedule, language]);
  // The first row of each calendar year, for the year selector.
  const years = useMemo(() => {
    const firstRow = new Map<string, number>();
    for (const [index, row] of schedule.entries()) {
      const year = row.start.slice(0, 4);
      if (!firstRow.has(year)) firstRow.set(year, index);
    }
    return [...firstRow.entries()];
  }, [schedule]);
  const { containerRef, onScroll, scrollToRow, first, last, padTop, padBottom } = useWindowedRows(
    schedule.length,
    ROW_HEIGHT,
  );
  const colSpan = 1 + MONTH_COLUMNS.length + debts.length * DEBT_COLUMNS.length;

  return (
    <>
      <div className="schedule-tools">
        <p>{t('schedule.monthCount', { months: schedule.length, debts: debts.length })}</p>
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
      <div
        className="schedule-scroll"
        ref={containerRef}
        onScroll={onScroll}
        tabIndex={0}
        role="region"
        aria-label={t('schedule.tableLabel', { months: schedule.length })}
      >
        <table className="schedule-table" aria-rowcount={schedule.length + 2}>
          <colgroup>
            <col className="col-month" />
            {MONTH_COLUMNS.map((c) => (
              <col key={c} className="col-money" />
            ))}
            {debts.map((d) =>
              DEBT_COLUMNS.map((c) => (
                <col key={`${d.id}-${c}`} className={c === 'state' ? 'col-state' : 'col-money'} />
              )),
            )}
          </colgroup>
          <thead>
            <tr className="schedule-groups" aria-rowindex={1}>
              <th scope="col" rowSpan={2} className="schedule-month">
                {t('schedule.columns.month')}
              </th>
              <th scope="colgroup" colSpan={MONTH_COLUMNS.length}>
                <span className="visually-hidden">{t('schedule.columns.wholeMonth')}</span>
              </th>
              {debts.map((d) => (
                <th
                  key={d.id}
                  scope="colgroup"
                  colSpan={DEBT_COLUMNS.length}
                  className="debt-group"
                >
                  {d.name}
                </th>
              ))}
            </tr>
            <tr className="schedule-columns" aria-rowindex={2}>
              {MONTH_COLUMNS.map((c) => (
                <th key={c} scope="col">
                  {t(`schedule.columns.${c}`)}
                </th>
              ))}
              {debts.map((d) =>
                DEBT_COLUMNS.map((c, i) => (
                  <th
                    key={`${d.id}-${c}`}
                    scope="col"
                    className={i === 0 ? 'debt-first' : undefined}
                  >
                    {t(`schedule.columns.${c}`)}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden="true" style={{ height: padTop }}>
                <td colSpan={colSpan} />
              </tr>
            )}
            {schedule.slice(first, last).map((row) => (
              <ScheduleRowView
                key={row.month}
                row={row}
                debts={debts}
                monthLabel={monthLabels[row.month] ?? row.start}
                money={money}
                text={text}
                onOpen={onOpen}
              />
            ))}
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
