import { useMemo } from 'react';
import type { ChartPoint } from './chartData';
import { drawnPoints, tickStep } from './chartData';
import { axisMoneyFormatter, shortMonthFormatter } from './chartFormat';
import { useFirstDrawing } from './useFirstDrawing';

/** No month must be kept besides the ticks and the last one. */
const NO_MONTHS: readonly number[] = [];

/**
 * The x axis (months) and y axis (money) of a time chart: tick labels from the period start
 * dates, thinned to about a dozen for long plans, at steps of whole months (quarters, years…).
 * The axis thins them further where they would not fit side by side (a narrow window, 200 %
 * zoom): see the XAxis in timeChartParts. The points drawn: a long plan draws one month in
 * `step` (see drawnPoints), with the `keep` months. And whether the chart animates.
 */
export function useTimeAxis(
  points: ChartPoint[],
  currency: string,
  language: string,
  keep: readonly number[] = NO_MONTHS,
) {
  const firstDrawing = useFirstDrawing(points);
  const axis = useMemo(() => {
    const monthLabel = shortMonthFormatter(language);
    // By month number, not position: a chart may start after the plan's first month.
    const starts = new Map(points.map((p) => [p.month, p.start]));
    const tickEvery = tickStep(points.length);
    const ticks = points.filter((_, index) => index % tickEvery === 0).map((p) => p.month);
    return {
      monthLabel,
      monthTick: (month: number) => monthLabel(starts.get(month) ?? ''),
      ticks,
      moneyTick: axisMoneyFormatter(currency, language),
      ...drawnPoints(points, ticks, keep),
    };
  }, [points, currency, language, keep]);
  // Animating hundreds of points only delays the answer: a chart that samples does not.
  return { ...axis, animate: firstDrawing && axis.step === 1 };
}
