import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposedChart, Line } from 'recharts';
import { AmountTable } from './AmountTable';
import { ChartFigure } from './ChartFigure';
import { type ChartPoint, type Series, seriesKey } from './chartData';
import { formattedCells } from './formattedCells';
import { StackedBars } from './StackedBars';
import { stackedLegend, useStackedSeries } from './stackedSeries';
import { useTimeAxis } from './timeAxis';
import { STACK_TOPS, timeChartCaption, useTimeChartParts } from './timeChartParts';
import { useKeptWhileSame } from '../../app/useKeptWhileSame';
import { lineDrawing } from './lineShapes';

/** The dashed line of what the stacked amounts must fit under. */
const CAPACITY_LINE = { colour: '#1c2b27', width: 2, dash: '6 3' };

interface Props {
  title: string;
  caption: string;
  /** The dashed line's name: what the stacked amounts must fit under. */
  capacityLabel: string;
  series: Series[];
  /** Each series' amount, `total` and `capacity`, month by month. */
  points: ChartPoint[];
  /** Months a long plan's drawing must not skip: where a debt is paid off or the money changes. */
  keptMonths?: readonly number[];
  currency: string;
  language: string;
  print?: boolean;
  /** Off where the chart is redrawn while the person works (the total plan re-plans). */
  animate?: boolean;
}

/** One bar per debt, stacked month by month, under a dashed capacity line; and its table. */
export function StackedMonthlyChart({
  title,
  caption,
  capacityLabel,
  series,
  points,
  keptMonths,
  currency,
  language,
  print = false,
  animate: animateAllowed = true,
}: Props) {
  const { t } = useTranslation();
  const axis = useTimeAxis(points, currency, language, keptMonths);
  const animate = axis.animate && !print && animateAllowed;
  const stacked = useStackedSeries(series, axis.drawn);
  const bars = useMemo(() => stackedLegend(stacked.series), [stacked.series]);
  const legend = useMemo(
    () => [
      ...bars,
      { key: 'capacity', name: capacityLabel, mark: 'line' as const, ...CAPACITY_LINE },
    ],
    [bars, capacityLabel],
  );
  // The bars are not recharts items: the month axis is told it has bands, and the tooltip names
  // the bars from the legend.
  const parts = useTimeChartParts({
    labels: axis.labels,
    currency,
    language,
    bars: true,
    rows: legend,
  });
  const drawing = useKeptWhileSame(`${seriesKey(stacked.series, animate)}|${capacityLabel}`, () => [
    STACK_TOPS,
    <Line
      key="capacity"
      className="capacity-line"
      // A step centred on each month: its level spans the month's bar, edge to edge
      // (stepAfter starts at the bar's middle, half a bar late).
      type="step"
      dataKey="values.capacity"
      name={capacityLabel}
      stroke={CAPACITY_LINE.colour}
      strokeWidth={CAPACITY_LINE.width}
      strokeDasharray={CAPACITY_LINE.dash}
      dot={false}
      {...lineDrawing(animate)}
    />,
  ]);

  return (
    <ChartFigure
      title={title}
      caption={timeChartCaption(
        t,
        caption,
        axis,
        keptMonths ? 'changes' : 'none',
        stacked.together,
      )}
      print={print}
      legend={legend}
      chart={(size, tooltip) => (
        <ComposedChart
          {...size}
          data={stacked.points}
          accessibilityLayer={false}
          margin={{ top: 16, right: 32 }}
        >
          {parts(tooltip)}
          <StackedBars points={stacked.points} series={bars} />
          {drawing}
        </ComposedChart>
      )}
      table={() => (
        <AmountTable
          caption={title}
          rowHeader={t('charts.month')}
          columns={[
            ...series.map((s) => ({ key: s.key, label: s.name })),
            { key: 'total', label: t('charts.total') },
            { key: 'capacity', label: capacityLabel },
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
