import type { ChartPoint } from './chartData';

/** A series the chart stacks and draws itself: its data key and colour. */
export interface DrawnSeries {
  key: string;
  colour: string;
}

/** Where a series sits in one month's stack. */
export interface StackLevel {
  bottom: number;
  top: number;
}

/**
 * Each series' place in every month's stack, the first series at the bottom. Numbers, for
 * drawing only: the tables and tooltips show the amounts' decimals. A series with nothing that
 * month (a debt paid off) has its top at its bottom.
 */
export function stackLevels(
  points: readonly ChartPoint[],
  series: readonly DrawnSeries[],
): StackLevel[][] {
  const tops = points.map(() => 0);
  return series.map((s) =>
    points.map((p, i) => {
      const bottom = tops[i] ?? 0;
      const top = bottom + Math.max(0, p.values[s.key] ?? 0);
      tops[i] = top;
      return { bottom, top };
    }),
  );
}

/** Enough for a pixel, short enough to keep the paths small. */
export const roundPx = (n: number) => Math.round(n * 100) / 100;
