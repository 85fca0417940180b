import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { capacityChanges, debtSeries, paymentSeries, payoffMonths } from './chartData';
import type { PlanChartProps } from './chartProps';
import { StackedMonthlyChart } from './StackedMonthlyChart';

/** Each month's payment to each debt, stacked, under the money available for debts. */
export function PaymentsChart({ bundle, currency, language, print = false }: PlanChartProps) {
  const { t } = useTranslation();
  const { series, points, changes } = useMemo(() => {
    const series = debtSeries(bundle.scenario);
    return {
      series,
      points: paymentSeries(bundle.result, series),
      // Where payments change: the months a long plan's drawing must not skip.
      changes: [...payoffMonths(bundle.result), ...capacityChanges(bundle.result)],
    };
  }, [bundle]);

  return (
    <StackedMonthlyChart
      title={t('charts.payments.title')}
      caption={t('charts.payments.caption')}
      capacityLabel={t('charts.payments.capacity')}
      series={series}
      points={points}
      keptMonths={changes}
      currency={currency}
      language={language}
      print={print}
    />
  );
}
