import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparedColumn } from './usePlanComparison';
import { ScrollRegion } from '../forms/ScrollRegion';
import { useFormat } from '../format/useFormat';

/**
 * Things as they are and the 方案 compared, one column each, the figures in rows: each cell is
 * the engine's own figure for the scenario the 方案 yields. A plan that never clears shows no
 * total cost (over its horizon that is compounding, not a price) but its first year's.
 */
export function PlanComparisonTable({
  columns,
  debtNames,
}: {
  columns: readonly ComparedColumn[];
  debtNames: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const lender = (id: string) => debtNames.get(id) ?? id;
  const rows: { key: string; cell: (column: ComparedColumn) => ReactNode }[] = [
    {
      key: 'debtFree',
      cell: ({ figures }) =>
        figures.debtFreeDate ? format.date(figures.debtFreeDate) : t('plans.values.never'),
    },
    {
      key: 'months',
      cell: ({ figures }) =>
        figures.months === null ? '—' : t('plans.values.months', { count: figures.months }),
    },
    {
      key: 'cost',
      cell: ({ figures }) =>
        figures.debtFree ? format.money(figures.cost) : t('plans.values.notCleared'),
    },
    { key: 'yearCost', cell: ({ figures }) => format.money(figures.yearCost) },
    {
      key: 'delayCost',
      cell: ({ figures }) =>
        figures.delayMonthCost === null
          ? t('plans.values.notCleared')
          : format.money(figures.delayMonthCost),
    },
    { key: 'shortfall', cell: ({ figures }) => String(figures.shortfallMonths) },
    {
      key: 'atRisk',
      cell: ({ figures }) =>
        figures.atRisk.length === 0
          ? t('plans.values.none')
          : figures.atRisk.map(lender).join('、'),
    },
    {
      key: 'apr',
      cell: ({ figures }) =>
        figures.installments.length === 0 ? (
          t('plans.values.none')
        ) : (
          <ul className="plain">
            {figures.installments.map((installment) => (
              <li key={`${installment.debtId}-${installment.months}`}>
                {t('plans.values.apr', {
                  lender: lender(installment.debtId),
                  months: installment.months,
                  payment: format.money(installment.payment),
                  apr: installment.apr,
                })}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <ScrollRegion label={t('plans.tableLabel')}>
      <table className="data plan-comparison">
        <thead>
          <tr>
            <td />
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{t(`plans.rows.${row.key}`)}</th>
              {columns.map((column) => (
                <td key={column.key}>{row.cell(column)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
