import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanResult } from '../../core/engine/output';
import type { Scenario } from '../../core/scenario/types';
import { useFormat } from '../format/useFormat';
import { StackedMonthlyChart } from '../plan/charts/StackedMonthlyChart';
import { debtSeries } from '../plan/charts/chartData';
import { promiseSeries } from './totalPlanChartData';

/** Every lender's due with the whole set agreed, stacked, under the capacity line. */
export function TotalPlanChart({
  agreed,
  date,
  refused,
}: {
  agreed: { scenario: Scenario; result: PlanResult };
  date: string;
  /** Lenders that refused: no promise to them, so not drawn (their arrears would dwarf the rest). */
  refused: readonly string[];
}) {
  const { t } = useTranslation();
  const { currency, language } = useFormat();
  const { series, points } = useMemo(() => {
    const series = debtSeries(agreed.scenario).filter((s) => !refused.includes(s.id));
    return { series, points: promiseSeries(agreed.result, series, date) };
  }, [agreed, date, refused]);

  return (
    <StackedMonthlyChart
      title={t('negotiation.totalPlan.chart.title')}
      caption={t('negotiation.totalPlan.chart.caption')}
      capacityLabel={t('negotiation.totalPlan.chart.capacity')}
      series={series}
      points={points}
      currency={currency}
      language={language}
      animate={false}
    />
  );
}
