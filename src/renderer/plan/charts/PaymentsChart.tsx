import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { debtSeries, paymentSeries, payoffMonths } from './chartData';
import type { PlanChartProps } from './chartProps';
import { StackedMonthlyChart } from './StackedMonthlyChart';

/** Each month's payment to each debt, stacked, under the money available for debts. */
export function PaymentsChart({ bundle, currency, language, print = false }: PlanChartProps) {
  const { t } = useTranslation();
  const { series, points, payoffs } = useMemo(() => {
    const series = debtSeries(bundle.scenario);
    return {
      series,
      points: paymentSeries(bundle.result, series),
      payoffs: payoffMonths(bundle.result),
    };
  }, [bundle]);

  return (
    <StackedMonthlyChart
      title={t('charts.payments.title')}
      caption={t('charts.payments.caption')}
      capacityLabel={t('charts.payments.capacity')}
      series={series}
      points={points}
      payoffMonths={payoffs}
      currency={currency}
      language={language}
      print={print}
    />
  );
}
