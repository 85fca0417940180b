import { useMemo } from 'react';
import type { ChartPoint } from './chartData';
import { drawnPoints, tickStep } from './chartData';
import { axisMoneyFormatter, moneyAxisWidth, shortMonthFormatter } from './chartFormat';
import { useFirstDrawing } from './useFirstDrawing';
import { useKeptWhileSame } from '../../app/useKeptWhileSame';

/** No month must be kept besides the ticks and the last one. */
const NO_MONTHS: readonly number[] = [];

/** What a time chart's axes and tooltip write: see useTimeAxis. */
export interface TimeAxisLabels {
  monthLabel: (start: string) => string;
  /** A tick month's label. */
  monthTick: (month: number) => string;
  ticks: number[];
  moneyTick: (value: number) => string;
  /** The money axis' width, for its longest label. */
  moneyWidth: number;
}

/** The highest amount a chart's points draw, of any series. */
function highestValue(points: readonly ChartPoint[]): number {
  let highest = 0;
  for (const p of points)
    for (const value of Object.values(p.values)) highest = Math.max(highest, value);
  return highest;
}

/**
 * The x axis (months) and y axis (money) of a time chart: tick labels from the period start
 * dates, thinned to about a dozen for long plans, at steps of whole months (quarters, years…).
 * The axis thins them further where they would not fit side by side (a narrow window, 200 %
 * zoom): see the XAxis in timeChartParts. The labels are kept while their content is the same
 * (an edit that keeps the plan's months), so the axes are not redrawn. The points drawn: a long
 * plan draws one month in `step` (see drawnPoints), with the `keep` months. And whether the
 * chart animates.
 */
export function useTimeAxis(
  points: ChartPoint[],
  currency: string,
  language: string,
  keep: readonly number[] = NO_MONTHS,
) {
  const firstDrawing = useFirstDrawing(points);
  const drawing = useMemo(() => {
    const tickEvery = tickStep(points.length);
    const tickPoints = points.filter((_, index) => index % tickEvery === 0);
    return {
      tickPoints,
      ...drawnPoints(
        points,
        tickPoints.map((p) => p.month),
        keep,
      ),
    };
  }, [points, keep]);
  const { tickPoints, drawn, step } = drawing;
  const moneyTick = axisMoneyFormatter(currency, language);
  const moneyWidth = useMemo(
    () => moneyAxisWidth(highestValue(points), currency, language),
    [points, currency, language],
  );
  const labelsKey = [
    language,
    currency,
    moneyWidth,
    ...tickPoints.map((p) => `${p.month}:${p.start}`),
  ].join();
  const labels = useKeptWhileSame<TimeAxisLabels>(labelsKey, () => {
    const monthLabel = shortMonthFormatter(language);
    // By month number, not position: a chart may start after the plan's first month.
    const starts = new Map(tickPoints.map((p) => [p.month, p.start]));
    return {
      monthLabel,
      monthTick: (month: number) => monthLabel(starts.get(month) ?? ''),
      ticks: [...starts.keys()],
      moneyTick,
      moneyWidth,
    };
  });
  return {
    labels,
    drawn,
    step,
    // Animating hundreds of points only delays the answer: a chart that samples does not.
    animate: firstDrawing && step === 1,
  };
}
