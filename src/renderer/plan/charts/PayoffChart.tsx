import type { TFunction } from 'i18next';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Area, AreaChart, ReferenceLine } from 'recharts';
import { AmountTable } from './AmountTable';
import { ChartFigure } from './ChartFigure';
import {
  type PayoffMarker,
  balanceSeries,
  debtSeries,
  payoffMarkers,
  seriesKey,
} from './chartData';
import type { PlanChartProps } from './chartProps';
import { formattedCells } from './formattedCells';
import { stackedColour, useStackedSeries } from './stackedSeries';
import { useTimeAxis } from './timeAxis';
import { timeChartCaption, useTimeChartParts } from './timeChartParts';
import { useKeptWhileSame } from './useKeptWhileSame';

/** The height of one row of payoff labels, at their 12 px font, with a line's leading. */
const LABEL_ROW = 18;

/**
 * A payoff month's dashed line and its label. Memoised by its content: recharts' ReferenceLine
 * registers itself with its chart's store on every render it gets (an effect without
 * dependencies), and every registration recomputes the chart's selectors — an edit that leaves
 * the payoff months alone then redraws the balances without touching the markers.
 */
const PayoffMarkerLine = memo(function PayoffMarkerLine({
  month,
  text,
  side,
  lane,
}: {
  month: number;
  text: string;
  side: PayoffMarker['side'];
  lane: number;
}) {
  return (
    <ReferenceLine
      x={month}
      stroke="#1c2b27"
      strokeDasharray="4 3"
      label={{
        value: text,
        // insideTopLeft starts at the line and runs right; insideTopRight ends there.
        position: side === 'right' ? 'insideTopLeft' : 'insideTopRight',
        dy: lane * LABEL_ROW,
        fontSize: 12,
        fill: '#1c2b27',
      }}
    />
  );
});

/**
 * Names longer than this, together, are summed up as the first and how many: a label runs about
 * a third of the plot at most (payoffMarkers places them so), and one naming seven small loans
 * paid off in the same month would run across the others.
 */
const MARKER_NAMES_CHARS = 16;

/** A payoff marker's label: the debts paid off that month, or the first and their count. */
function markerText(t: TFunction, names: string[], language: string): string {
  const all = names.join(language === 'en' ? ', ' : '、');
  const [first = ''] = names;
  return names.length === 1 || all.length <= MARKER_NAMES_CHARS
    ? t('charts.payoff.paidOff', { names: all })
    : t('charts.payoff.paidOffMany', { first, count: names.length, more: names.length - 1 });
}

/** Each debt's balance month by month, stacked, with a line where each debt is paid off. */
export function PayoffChart({ bundle, currency, language, print = false }: PlanChartProps) {
  const { t } = useTranslation();
  const { series, points, markers } = useMemo(() => {
    const series = debtSeries(bundle.scenario);
    return {
      series,
      points: balanceSeries(bundle.result, series),
      markers: payoffMarkers(bundle.result, series),
    };
  }, [bundle]);
  const payoffMonths = useMemo(() => markers.map((m) => m.month), [markers]);
  const axis = useTimeAxis(points, currency, language, payoffMonths);
  const animate = axis.animate && !print;
  const parts = useTimeChartParts({ labels: axis.labels, currency, language });
  const stacked = useStackedSeries(series, axis.drawn);
  const areas = useKeptWhileSame(seriesKey(stacked.series, animate), () =>
    stacked.series.map((s, index) => (
      <Area
        key={s.key}
        type="linear"
        dataKey={`values.${s.key}`}
        name={s.name}
        stackId="balance"
        stroke={stackedColour(s, index)}
        fill={stackedColour(s, index)}
        fillOpacity={0.55}
        isAnimationActive={animate}
      />
    )),
  );
  const legend = useMemo(
    () =>
      stacked.series.map((s, index) => ({
        key: s.key,
        name: s.name,
        colour: stackedColour(s, index),
        mark: 'box' as const,
        opacity: 0.55,
      })),
    [stacked.series],
  );

  return (
    <ChartFigure
      title={t('charts.payoff.title')}
      caption={timeChartCaption(t, t('charts.payoff.caption'), axis, 'payoffs', stacked.together)}
      print={print}
      legend={legend}
      chart={(size, tooltip) => (
        <AreaChart
          {...size}
          data={stacked.points}
          accessibilityLayer={false}
          margin={{ top: 24, right: 32 }}
        >
          {parts(tooltip)}
          {areas}
          {markers.map((m) => (
            <PayoffMarkerLine
              key={m.month}
              month={m.month}
              text={markerText(t, m.names, language)}
              side={m.side}
              lane={m.lane}
            />
          ))}
        </AreaChart>
      )}
      table={() => (
        <AmountTable
          caption={t('charts.payoff.title')}
          rowHeader={t('charts.month')}
          columns={[
            ...series.map((s) => ({ key: s.key, label: s.name })),
            { key: 'total', label: t('charts.total') },
          ]}
          rows={points.map((p) => ({
            key: String(p.month),
            label: axis.labels.monthLabel(p.start),
            cells: formattedCells(p.amounts, currency, language),
          }))}
        />
      )}
    />
  );
}
