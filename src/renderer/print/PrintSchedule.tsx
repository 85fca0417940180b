import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import type { PlanBundle } from '../plan/planProtocol';
import {
  MONTHLY_ROWS,
  type PrintScheduleRow,
  type SchedulePart,
  printSchedule,
  scheduleParts,
} from './printSchedule';

/** The columns that close the last table of each period: the whole household's figures. */
const totalColumns = [
  { label: 'print.totalPaid', of: (row: PrintScheduleRow) => row.paid },
  { label: 'print.cost', of: (row: PrintScheduleRow) => row.cost },
  { label: 'print.totalBalance', of: (row: PrintScheduleRow) => row.balance },
] as const;

export function PrintSchedule({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const format = useFormat();
  const debts = bundle.scenario.debts;
  const rows = useMemo(
    () =>
      printSchedule(
        bundle.result,
        debts.map((d) => d.id),
      ),
    [bundle, debts],
  );
  const monthly = rows.filter((row) => row.kind === 'month');
  const yearly = rows.filter((row) => row.kind === 'year');
  const parts = scheduleParts(debts.map((d) => d.id));

  const table = (list: typeof rows, caption: string, part: SchedulePart, index: number) => {
    const shown = debts.filter((debt) => part.debtIds.includes(debt.id));
    return (
      // A yearly table is a few rows: kept whole, it never leaves its caption alone on a page.
      <table
        className={`data print-table schedule-print${list[0]?.kind === 'year' ? ' schedule-yearly' : ''}`}
        key={index}
      >
        <caption>
          {parts.length > 1
            ? t('print.schedulePart', { caption, part: index + 1, parts: parts.length })
            : caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('print.period')}</th>
            {shown.map((debt) => (
              <th scope="col" className="amount" key={debt.id}>
                {debt.name}
                <br />
                <span className="hint">{t('print.paymentAndBalance')}</span>
              </th>
            ))}
            {part.totals
              ? totalColumns.map(({ label }) => (
                  <th scope="col" className="amount" key={label}>
                    {t(label)}
                  </th>
                ))
              : null}
          </tr>
        </thead>
        <tbody>
          {list.map((row) => (
            <tr key={`${row.kind}-${row.label}`}>
              <th scope="row">
                {row.kind === 'month'
                  ? format.month(row.label)
                  : t('print.year', { year: row.label })}
              </th>
              {row.debts
                .filter((debt) => part.debtIds.includes(debt.id))
                .map((debt) => (
                  <td className="amount" key={debt.id}>
                    {format.money(debt.paid)}
                    <br />
                    <span className="hint">{format.money(debt.balance)}</span>
                  </td>
                ))}
              {part.totals
                ? totalColumns.map(({ label, of }) => (
                    <td className="amount" key={label}>
                      {format.money(of(row))}
                    </td>
                  ))
                : null}
            </tr>
          ))}
        </tbody>
      </table>
    );
  };
  // With many debts, each period's tables are split by debt (scheduleParts): paper is narrow.
  const tables = (list: typeof rows, caption: string) =>
    parts.map((part, index) => table(list, caption, part, index));

  return (
    <section className="print-section" aria-labelledby="print-schedule">
      <h2 id="print-schedule">{t('print.schedule')}</h2>
      {/* "The first 24 months" only when more follow: a 16-month plan is all its months. */}
      {tables(
        monthly,
        yearly.length > 0
          ? t('print.scheduleMonthly', { count: MONTHLY_ROWS })
          : t('print.scheduleAllMonths', { count: monthly.length }),
      )}
      {yearly.length > 0 ? tables(yearly, t('print.scheduleYearly')) : null}
    </section>
  );
}
