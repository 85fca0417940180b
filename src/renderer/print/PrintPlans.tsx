import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import { PlanCharts } from '../plans/PlanCharts';
import { PlanComparisonTable } from '../plans/PlanComparisonTable';
import type { ComparedColumn } from '../plans/usePlanComparison';

/** The 方案 comparison in the document (issue 14): the chosen 方案 first, then the others. */
export function PrintPlans({
  columns,
  debtNames,
}: {
  columns: readonly ComparedColumn[];
  debtNames: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="print-section page-break" aria-labelledby="print-plans">
      <h2 id="print-plans">{t('plans.print.title')}</h2>
      <p>{t('plans.print.chosen', { name: columns[0]?.name ?? '' })}</p>
      <PlanComparisonTable columns={columns} debtNames={debtNames} />
      <PlanCharts columns={columns} currency={format.currency} language={format.language} print />
    </section>
  );
}
