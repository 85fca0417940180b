import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import type { PlanBundle } from '../plan/planProtocol';
import { printSchedule } from './printSchedule';

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

  const table = (list: typeof rows, caption: string) => (
    <table className="data print-table schedule-print">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('print.period')}</th>
          {debts.map((debt) => (
            <th scope="col" className="amount" key={debt.id}>
              {debt.name}
              <br />
              <span className="hint">{t('print.paymentAndBalance')}</span>
            </th>
          ))}
          <th scope="col" className="amount">
            {t('print.totalPaid')}
          </th>
          <th scope="col" className="amount">
            {t('print.cost')}
          </th>
          <th scope="col" className="amount">
            {t('print.totalBalance')}
          </th>
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
            {row.debts.map((debt) => (
              <td className="amount" key={debt.id}>
                {format.money(debt.paid)}
                <br />
                <span className="hint">{format.money(debt.balance)}</span>
              </td>
            ))}
            <td className="amount">{format.money(row.paid)}</td>
            <td className="amount">{format.money(row.cost)}</td>
            <td className="amount">{format.money(row.balance)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <section className="print-section page-break" aria-labelledby="print-schedule">
      <h2 id="print-schedule">{t('print.schedule')}</h2>
      {table(monthly, t('print.scheduleMonthly'))}
      {yearly.length > 0 ? table(yearly, t('print.scheduleYearly')) : null}
    </section>
  );
}
