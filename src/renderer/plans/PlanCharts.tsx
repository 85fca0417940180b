import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ComparedColumn } from './usePlanComparison';
import { formatDate } from '../format/dates';
import { formatMoney } from '../format/money';
import { AmountTable } from '../plan/charts/AmountTable';
import { ChartFigure } from '../plan/charts/ChartFigure';
import type { LegendEntry } from '../plan/charts/ChartLegend';
import {
  axisMoneyFormatter,
  moneyAxisWidth,
  shortMonthFormatter,
} from '../plan/charts/chartFormat';
import { lineDrawing } from '../plan/charts/lineShapes';

/** Colour-blind safe (Okabe–Ito), and each line dashed its own way: never only a colour. */
const STROKES = [
  { stroke: '#0072B2', dash: undefined },
  { stroke: '#D55E00', dash: '8 4' },
  { stroke: '#009E73', dash: '2 3' },
  { stroke: '#CC79A7', dash: '12 3 2 3' },
  { stroke: '#E69F00', dash: '4 4' },
] as const;

type Part = 'balance' | 'cost';

function OverlayChart({
  columns,
  part,
  currency,
  language,
  print,
}: {
  columns: readonly ComparedColumn[];
  part: Part;
  currency: string;
  language: string;
  print: boolean;
}) {
  const { t } = useTranslation();
  // Every plan starts on the same day, so month i is the same period in each.
  const longest = columns.reduce((most, c) => Math.max(most, c.figures.series.length), 0);
  const starts = Array.from(
    { length: longest },
    (_, i) => columns.find((c) => c.figures.series[i])?.figures.series[i]?.start ?? '',
  );
  // Numbers for drawing only; every figure shown as text is formatted from the decimal string.
  const data = starts.map((start, i) => ({
    start,
    ...Object.fromEntries(
      columns.flatMap((c) => {
        const point = c.figures.series[i];
        return point ? [[c.key, Number(point[part])]] : [];
      }),
    ),
  }));
  const money = (value: number | string) => formatMoney(String(value), currency, language);
  const date = (iso: string) => formatDate(iso, language);
  // The axes read as on the overview's charts: months, and whole amounts.
  const monthTick = shortMonthFormatter(language);
  const moneyTick = axisMoneyFormatter(currency, language);
  const highest = Math.max(
    0,
    ...columns.flatMap((c) => c.figures.series.map((p) => Number(p[part]))),
  );
  const title = t(part === 'balance' ? 'plans.charts.balanceTitle' : 'plans.charts.costTitle');
  // Each plan's line, as drawn and as its legend shows it (the first drawn thicker).
  const lines = columns.map((column, index): LegendEntry => {
    const style = STROKES[index % STROKES.length] ?? STROKES[0];
    return {
      key: column.key,
      name: column.name,
      mark: 'line',
      colour: style.stroke,
      dash: style.dash,
      width: index === 0 ? 3 : 2,
    };
  });
  return (
    <ChartFigure
      title={title}
      caption={t(part === 'balance' ? 'plans.charts.balanceCaption' : 'plans.charts.costCaption')}
      print={print}
      legend={lines}
      chart={(size, tooltip) => (
        <LineChart {...size} data={data} accessibilityLayer={false} margin={{ top: 16, right: 32 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="start" tickFormatter={monthTick} minTickGap={24} />
          <YAxis tickFormatter={moneyTick} width={moneyAxisWidth(highest, currency, language)} />
          {tooltip && (
            <Tooltip
              labelFormatter={(label) => date(String(label))}
              formatter={(value) => money(Number(value))}
            />
          )}
          {lines.map((line) => (
            <Line
              key={line.key}
              type="linear"
              dataKey={line.key}
              name={line.name}
              stroke={line.colour}
              strokeDasharray={line.dash}
              strokeWidth={line.width}
              dot={false}
              {...lineDrawing(false)}
            />
          ))}
        </LineChart>
      )}
      table={() => (
        <AmountTable
          caption={title}
          rowHeader={t('plans.charts.month')}
          columns={columns.map((c) => ({ key: c.key, label: c.name }))}
          rows={starts.map((start, i) => ({
            key: start,
            label: date(start),
            cells: Object.fromEntries(
              columns.map((c) => {
                const point = c.figures.series[i];
                return [c.key, point ? formatMoney(point[part], currency, language) : ''];
              }),
            ),
          }))}
        />
      )}
    />
  );
}

/** The plans compared over time: what each still owes, and what each has cost so far. */
export function PlanCharts(props: {
  columns: readonly ComparedColumn[];
  currency: string;
  language: string;
  print?: boolean;
}) {
  const common = { ...props, print: props.print ?? false };
  return (
    <>
      <OverlayChart {...common} part="balance" />
      <OverlayChart {...common} part="cost" />
    </>
  );
}
