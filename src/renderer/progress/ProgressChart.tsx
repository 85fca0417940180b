import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../format/money';
import { formatDate } from '../format/dates';
import { AmountTable } from '../plan/charts/AmountTable';
import { ChartFigure } from '../plan/charts/ChartFigure';
import { axisMoneyFormatter, moneyAxisWidth } from '../plan/charts/chartFormat';
import type { ChartPoint } from './progress';
import { lineDrawing } from '../plan/charts/lineShapes';

/** The baseline solid and thick, the lived balance dashed: never only a colour. */
const BASELINE = { colour: '#0072B2', width: 3 };
const LIVED = { colour: '#D55E00', width: 2, dash: '6 3' };

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
  const highest = Math.max(0, ...data.flatMap((d) => [d.baseline ?? 0, d.lived ?? 0]));
  const money = (value: number | string) => formatMoney(String(value), currency, language);
  const date = (iso: string) => formatDate(iso, language);
  return (
    <ChartFigure
      title={t('progress.chart.title')}
      caption={t('progress.chart.caption')}
      print={print}
      legend={[
        { key: 'baseline', name: t('progress.chart.baseline'), mark: 'line', ...BASELINE },
        { key: 'lived', name: t('progress.chart.lived'), mark: 'line', ...LIVED },
      ]}
      chart={(size, tooltip) => (
        <LineChart {...size} data={data} accessibilityLayer={false} margin={{ top: 16, right: 32 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" tickFormatter={date} minTickGap={24} />
          <YAxis
            tickFormatter={axisMoneyFormatter(currency, language)}
            width={moneyAxisWidth(highest, currency, language)}
            interval={0}
          />
          {tooltip && (
            <Tooltip
              labelFormatter={(label) => date(String(label))}
              formatter={(value) => money(Number(value))}
            />
          )}
          <Line
            type="linear"
            dataKey="baseline"
            name={t('progress.chart.baseline')}
            stroke={BASELINE.colour}
            strokeWidth={BASELINE.width}
            dot={false}
            connectNulls
            {...lineDrawing(false)}
          />
          <Line
            type="linear"
            dataKey="lived"
            name={t('progress.chart.lived')}
            stroke={LIVED.colour}
            strokeDasharray={LIVED.dash}
            strokeWidth={LIVED.width}
            // A dot on each month lived: the first month is a single point, which a line alone hides.
            dot={{ r: 3 }}
            connectNulls
            {...lineDrawing(false)}
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
