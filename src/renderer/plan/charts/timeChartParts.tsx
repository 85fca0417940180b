import type { TFunction } from 'i18next';
import { type ReactElement, useMemo } from 'react';
import { CartesianGrid, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { PALETTE } from './chartFormat';
import { MoneyTooltip } from './MoneyTooltip';
import type { TimeAxisLabels, useTimeAxis } from './timeAxis';
import type { LegendEntry } from './ChartLegend';
import { NoLine } from './lineShapes';

/** Grid lines along the time axis: none. */
const noLines = () => [];

/**
 * What every month-by-month chart draws around its series: grid, month and money axes, and the
 * money tooltip once asked for (see ChartFigure). Given as arrays of elements, so they stay
 * direct children of the recharts chart; the same elements while the labels are the same, so an
 * edit's new data does not re-render them (recharts redraws them from its store as needed).
 */
export function useTimeChartParts({
  labels,
  currency,
  language,
  bars = false,
  rows,
}: {
  labels: TimeAxisLabels;
  currency: string;
  language: string;
  /** The chart draws a bar per month itself (StackedBars): each month is a band of the axis. */
  bars?: boolean;
  /** The tooltip's rows, where some series are not recharts items; else recharts' own. */
  rows?: readonly LegendEntry[];
}): (tooltip: boolean) => ReactElement[] {
  const axes = useMemo(
    () => [
      <CartesianGrid
        key="grid"
        strokeDasharray="3 3"
        vertical={false}
        // Without it recharts works out the vertical lines it does not draw: the month ticks,
        // each label measured in the page (a forced layout on the overview's first drawing).
        verticalCoordinatesGenerator={noLines}
      />,
      <XAxis
        key="x"
        dataKey="month"
        tickFormatter={labels.monthTick}
        // The step's ticks, of which recharts drops any that would touch the one before.
        ticks={labels.ticks}
        interval="preserveStart"
        minTickGap={12}
        {...(bars ? { scale: 'band' as const } : {})}
      />,
      // Every money tick is drawn (recharts picks five or so, which always fit the height):
      // otherwise it measures each label in the page to decide, and the grid does it again.
      <YAxis key="y" tickFormatter={labels.moneyTick} width={labels.moneyWidth} interval={0} />,
    ],
    [labels, bars],
  );
  const withTooltip = useMemo(
    () => [
      ...axes,
      <Tooltip
        key="tooltip"
        content={(props) => (
          <MoneyTooltip
            {...props}
            currency={currency}
            language={language}
            monthLabel={labels.monthLabel}
            {...(rows ? { rows } : {})}
          />
        )}
      />,
    ],
    [axes, labels, currency, language, rows],
  );
  return (tooltip) => (tooltip ? withTooltip : axes);
}

/**
 * Each month's total, undrawn: a chart whose stacks are not recharts items still has its money
 * axis reach the highest stack, as it would to recharts' own. Listed in the tooltip's payload
 * (the month's point comes with it): the tooltip names the series from the legend.
 */
export const STACK_TOPS = (
  <Line
    key="total"
    dataKey="values.total"
    stroke="none"
    dot={false}
    activeDot={false}
    legendType="none"
    isAnimationActive={false}
    shape={NoLine}
  />
);

/**
 * A time chart's caption, saying so when the chart draws one month in several (a long plan) and
 * when it stacks several debts as one (more debts than colours): the person reads what the
 * drawing leaves out and that the table has it all.
 */
export function timeChartCaption(
  t: TFunction,
  caption: string,
  axis: ReturnType<typeof useTimeAxis>,
  /** Which months the drawing keeps besides its step's: see drawnPoints. */
  kept: 'none' | 'payoffs' | 'changes',
  /** How many debts the drawing stacks as one: see useStackedSeries. */
  together = 0,
): string {
  const notes = [caption];
  if (axis.step > 1) notes.push(t(`charts.sampled.${kept}`, { step: axis.step }));
  if (together > 0) {
    notes.push(t('charts.together', { count: together, most: PALETTE.length }));
  }
  return notes.join(' ');
}
