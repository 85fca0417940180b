import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, ComposedChart, Line } from 'recharts';
import { AmountTable } from './AmountTable';
import { ChartFigure } from './ChartFigure';
import { debtSeries, paymentSeries } from './chartData';
import { colourOf } from './chartFormat';
import type { PlanChartProps } from './chartProps';
import { formattedCells } from './formattedCells';
import { useTimeAxis } from './timeAxis';
import { timeChartParts } from './timeChartParts';

/** Each month's payment to each debt, stacked, under the money available for debts. */
export function PaymentsChart({ bundle, currency, language, print = false }: PlanChartProps) {
  const { t } = useTranslation();
  const { series, points } = useMemo(() => {
    const series = debtSeries(bundle.scenario);
    return { series, points: paymentSeries(bundle.result, series) };
  }, [bundle]);
  const axis = useTimeAxis(points, currency, language);
  const animate = axis.animate && !print;

  return (
    <ChartFigure
      title={t('charts.payments.title')}
      caption={t('charts.payments.caption')}
      print={print}
      chart={(size) => (
        <ComposedChart
          {...size}
          data={points}
          accessibilityLayer={false}
          margin={{ top: 16, right: 32 }}
        >
          {timeChartParts({ axis, print, currency, language })}
          {series.map((s, index) => (
            <Bar
              key={s.key}
              dataKey={`values.${s.key}`}
              name={s.name}
              stackId="paid"
              fill={colourOf(index)}
              isAnimationActive={animate}
            />
          ))}
          <Line
            // A step centred on each month: its level spans the month's bar, edge to edge
            // (stepAfter starts at the bar's middle, half a bar late).
            type="step"
            dataKey="values.capacity"
            name={t('charts.payments.capacity')}
            stroke="#1c2b27"
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={false}
            isAnimationActive={animate}
          />
        </ComposedChart>
      )}
      table={() => (
        <AmountTable
          caption={t('charts.payments.title')}
          rowHeader={t('charts.month')}
          columns={[
            ...series.map((s) => ({ key: s.key, label: s.name })),
            { key: 'total', label: t('charts.total') },
            { key: 'capacity', label: t('charts.payments.capacity') },
          ]}
          rows={points.map((p) => ({
            key: String(p.month),
            label: axis.monthLabel(p.start),
            cells: formattedCells(p.amounts, currency, language),
          }))}
        />
      )}
    />
  );
}
