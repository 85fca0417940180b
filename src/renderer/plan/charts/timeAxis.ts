import { useMemo } from 'react';
import type { ChartPoint } from './chartData';
import { tickStep } from './chartData';
import { axisMoneyFormatter, shortMonthFormatter } from './chartFormat';
import { useFirstDrawing } from './useFirstDrawing';

/**
 * The x axis (months) and y axis (money) of a time chart: tick labels from the period start
 * dates, thinned to about a dozen for long plans; and whether the chart animates.
 */
export function useTimeAxis(points: ChartPoint[], currency: string, language: string) {
  const firstDrawing = useFirstDrawing(points);
  const axis = useMemo(() => {
    const monthLabel = shortMonthFormatter(language);
    // By month number, not position: a chart may start after the plan's first month.
    const starts = new Map(points.map((p) => [p.month, p.start]));
    return {
      monthLabel,
      monthTick: (month: number) => monthLabel(starts.get(month) ?? ''),
      interval: tickStep(points.length) - 1,
      moneyTick: axisMoneyFormatter(currency, language),
    };
  }, [points, currency, language]);
  // Animating thousands of points only delays the answer.
  return { ...axis, animate: firstDrawing && points.length <= 120 };
}
