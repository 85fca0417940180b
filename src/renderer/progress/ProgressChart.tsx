import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../format/money';
import { formatDate } from '../format/dates';
import { AmountTable } from '../plan/charts/AmountTable';
import { ChartFigure } from '../plan/charts/ChartFigure';
import { axisMoneyFormatter } from '../plan/charts/chartFormat';
import type { ChartPoint } from './progress';

interface Props {
  points: ChartPoint[];
  currency: string;
  language: string;
  print?: boolean;
}

/** The baseline's balance against the balance as lived: where the plan said you would be. */
export function ProgressChart({ points, currency, language, print = false }: Props) {
  const { t } = useTranslation();
  // Numbers for drawing only; every figure shown as text is formatted from the decimal string.
  const data = points.map((point) => ({
    date: point.date,
    ...(point.baseline !== undefined ? { baseline: Number(point.baseline) } : {}),
    ...(point.lived !== undefined ? { lived: Number(point.lived) } : {}),
  }));
  const money = (value: number | string) => formatMoney(String(value), currency, language);
  const date = (iso: string) => formatDate(iso, language);
  return (
    <ChartFigure
      title={t('progress.chart.title')}
      caption={t('progress.chart.caption')}
      print={print}
      chart={(size) => (
        <LineChart {...size} data={data} accessibilityLayer={false} margin={{ top: 16, right: 32 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" tickFormatter={date} minTickGap={24} />
          <YAxis tickFormatter={axisMoneyFormatter(currency, language)} width={80} interval={0} />
          {print ? null : (
            <Tooltip
              labelFormatter={(label) => date(String(label))}
              formatter={(value) => money(Number(value))}
            />
          )}
          <Legend />
          <Line
            type="linear"
            dataKey="baseline"
            name={t('progress.chart.baseline')}
            stroke="#0072B2"
            strokeWidth={3}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="lived"
            name={t('progress.chart.lived')}
            stroke="#D55E00"
            strokeDasharray="6 3"
            strokeWidth={2}
            // A dot on each month lived: the first month is a single point, which a line alone hides.
            dot={{ r: 3 }}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      )}
      table={() => (
        <AmountTable
          caption={t('progress.chart.title')}
          rowHeader={t('progress.chart.date')}
          columns={[
            { key: 'baseline', label: t('progress.chart.baseline') },
            { key: 'lived', label: t('progress.chart.lived') },
          ]}
          rows={points.map((point) => ({
            key: point.date,
            label: date(point.date),
            cells: {
              baseline:
                point.baseline === undefined ? '' : formatMoney(point.baseline, currency, language),
              lived: point.lived === undefined ? '' : formatMoney(point.lived, currency, language),
            },
          }))}
        />
      )}
    />
  );
}
