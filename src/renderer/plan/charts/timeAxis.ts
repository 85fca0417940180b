import { useMemo } from 'react';
import type { ChartPoint } from './chartData';
import { tickStep } from './chartData';
import { axisMoneyFormatter, shortMonthFormatter } from './chartFormat';
import { useFirstDrawing } from './useFirstDrawing';

/**
 * The x axis (months) and y axis (money) of a time chart: tick labels from the period start
 * dates, thinned to about a dozen for long plans, at steps of whole months (quarters, years…).
 * The axis thins them further where they would not fit side by side (a narrow window, 200 %
 * zoom): see `monthTicks` in timeChartParts. And whether the chart animates.
 */
export function useTimeAxis(points: ChartPoint[], currency: string, language: string) {
  const firstDrawing = useFirstDrawing(points);
  const axis = useMemo(() => {
    const monthLabel = shortMonthFormatter(language);
    // By month number, not position: a chart may start after the plan's first month.
    const starts = new Map(points.map((p) => [p.month, p.start]));
    const step = tickStep(points.length);
    return {
      monthLabel,
      monthTick: (month: number) => monthLabel(starts.get(month) ?? ''),
      ticks: points.filter((_, index) => index % step === 0).map((p) => p.month),
      moneyTick: axisMoneyFormatter(currency, language),
    };
  }, [points, currency, language]);
  // Animating thousands of points only delays the answer.
  return { ...axis, animate: firstDrawing && points.length <= 120 };
}
