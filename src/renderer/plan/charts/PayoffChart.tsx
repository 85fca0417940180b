import type { TFunction } from 'i18next';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposedChart, usePlotArea, useXAxisScale } from 'recharts';
import { AmountTable } from './AmountTable';
import { ChartFigure } from './ChartFigure';
import { type PayoffMarker, balanceSeries, debtSeries, payoffMarkers } from './chartData';
import type { PlanChartProps } from './chartProps';
import { formattedCells } from './formattedCells';
import { StackedAreas } from './StackedAreas';
import { stackedLegend, useStackedSeries } from './stackedSeries';
import { useTimeAxis } from './timeAxis';
import { STACK_TOPS, timeChartCaption, useTimeChartParts } from './timeChartParts';

/** The height of one row of payoff labels, at their 12 px font, with a line's leading. */
const LABEL_ROW = 18;

/** How opaque each debt's area is filled, in the chart and in its legend. */
const AREA_OPACITY = 0.55;

/** Where a payoff's label starts: this far from its line and from the plot's top. */
const LABEL_INSET = 5;
const MARKER_INK = '#1c2b27';
/** The white a label is drawn on, so the lines it crosses do not run through its text. */
const LABEL_HALO = '#ffffff';

/**
 * The payoff months' dashed lines and their labels, drawn in one piece from the chart's month
 * scale and plot area. One recharts ReferenceLine per month did the same, each following the
 * chart's store on its own: every registration and every update recomputed its selectors.
 */
const PayoffMarkers = memo(function PayoffMarkers({
  markers,
}: {
  markers: readonly (PayoffMarker & { text: string })[];
}) {
  const x = useXAxisScale();
  const area = usePlotArea();
  if (!x || !area) return null;
  const placed = markers.flatMap((m) => {
    const at = x(m.month);
    return at === undefined ? [] : [{ ...m, at }];
  });
  // Every line first, then every label over them, each label on a halo of the page's white:
  // a label crosses the lines of the payoffs after its own, and is read across them.
  return (
    <g className="payoff-markers">
      {placed.map((m) => (
        <line
          key={m.month}
          className="payoff-marker"
          x1={m.at}
          x2={m.at}
          y1={area.y}
          y2={area.y + area.height}
          stroke={MARKER_INK}
          strokeDasharray="4 3"
        />
      ))}
      {placed.map((m) => {
        // Inward from its line: right of it near the start of the axis, left of it near the end.
        const right = m.side === 'right';
        return (
          <text
            key={m.month}
            className="payoff-marker-label"
            x={right ? m.at + LABEL_INSET : m.at - LABEL_INSET}
            y={area.y + LABEL_INSET + m.lane * LABEL_ROW}
            dominantBaseline="hanging"
            textAnchor={right ? 'start' : 'end'}
            fontSize={12}
            fill={MARKER_INK}
            stroke={LABEL_HALO}
            strokeWidth={3}
            strokeLinejoin="round"
            paintOrder="stroke"
          >
            {m.text}
          </text>
        );
      })}
    </g>
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
  const labelled = useMemo(
    () => markers.map((m) => ({ ...m, text: markerText(t, m.names, language) })),
    [markers, t, language],
  );
  const axis = useTimeAxis(points, currency, language, payoffMonths);
  const animate = axis.animate && !print;
  const stacked = useStackedSeries(series, axis.drawn);
  const legend = useMemo(() => stackedLegend(stacked.series, AREA_OPACITY), [stacked.series]);
  // The areas are not recharts items: they are drawn, and the tooltip names them, from the legend.
  const parts = useTimeChartParts({ labels: axis.labels, currency, language, rows: legend });

  return (
    <ChartFigure
      title={t('charts.payoff.title')}
      caption={timeChartCaption(t, t('charts.payoff.caption'), axis, 'payoffs', stacked.together)}
      print={print}
      legend={legend}
      chart={(size, tooltip) => (
        <ComposedChart
          {...size}
          data={stacked.points}
          accessibilityLayer={false}
          margin={{ top: 24, right: 32 }}
        >
          {parts(tooltip)}
          {STACK_TOPS}
          <StackedAreas
            points={stacked.points}
            series={legend}
            opacity={AREA_OPACITY}
            reveal={animate}
          />
          <PayoffMarkers markers={labelled} />
        </ComposedChart>
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
