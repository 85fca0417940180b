import { useTranslation } from 'react-i18next';
import type { BudgetItem, Scenario } from '../../core/scenario/types';
import { useFormat } from '../format/useFormat';

function ItemRows({ title, items }: { title: string; items: readonly BudgetItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return null;
  const when = (item: BudgetItem) => {
    const base =
      item.frequency === 'monthly'
        ? t('print.freq.monthly')
        : item.frequency === 'yearly'
          ? t('print.freq.yearly', { month: item.month })
          : t('print.freq.once', { month: format.month(String(item.month)) });
    const from = item.startMonth ? format.month(item.startMonth) : null;
    const to = item.endMonth ? format.month(item.endMonth) : null;
    const range =
      from && to
        ? t('print.fromTo', { from, to })
        : from
          ? t('print.from', { from })
          : to
            ? t('print.until', { to })
            : '';
    return base + range;
  };
  return (
    <>
      <tr className="group">
        <th colSpan={3} scope="rowgroup">
          {title}
        </th>
      </tr>
      {items.map((item, index) => (
        <tr key={`${item.name}-${index}`}>
          <td>{item.name}</td>
          <td className="amount">{format.money(item.amount)}</td>
          <td>{when(item)}</td>
        </tr>
      ))}
    </>
  );
}

export function PrintBudget({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { budget } = scenario;
  return (
    <section className="print-section" aria-labelledby="print-budget">
      <h2 id="print-budget">{t('print.budget')}</h2>
      <p className="hint">{t('print.capacity')}</p>
      <table className="data print-table unsplit">
        <thead>
          <tr>
            <th scope="col">{t('print.item')}</th>
            <th scope="col" className="amount">
              {t('print.amount')}
            </th>
            <th scope="col">{t('print.frequency')}</th>
          </tr>
        </thead>
        <tbody>
          <ItemRows title={t('print.incomes')} items={budget.incomes} />
          <ItemRows title={t('print.fixedCosts')} items={budget.fixedCosts} />
          <ItemRows title={t('print.obligations')} items={budget.obligations} />
          {budget.reserve ? (
            <tr>
              <th scope="row">{t('print.reserve')}</th>
              <td className="amount">
                {budget.reserve.amount !== undefined
                  ? format.money(budget.reserve.amount)
                  : t('print.reservePercent', { percent: budget.reserve.percentOfIncome })}
              </td>
              <td>{t('print.freq.monthly')}</td>
            </tr>
          ) : null}
          {budget.paymentLimit !== undefined ? (
            <tr>
              <th scope="row">{t('print.paymentLimit')}</th>
              <td className="amount">{format.money(budget.paymentLimit)}</td>
              <td>{t('print.freq.monthly')}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </section>
  );
}
