import { memo } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartPoint } from './chartData';

/** Recharts' default room between two months' bars: a tenth of the month's band on each side. */
const CATEGORY_GAP = 0.1;

/** Enough for a pixel, short enough to keep the paths small. */
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A month's bar, as recharts places one stack in its band: inset by the gap on each side, its
 * width in whole pixels once wider than one.
 */
function barOf(start: number, end: number): { left: number; width: number } {
  const band = end - start;
  const width = band - 2 * band * CATEGORY_GAP;
  return { left: start + band * CATEGORY_GAP, width: width > 1 ? Math.floor(width) : width };
}

/**
 * The stacked bars of a month-by-month chart, drawn in one piece: one path per series, a
 * rectangle per month, from the chart's month and money scales. Recharts' own Bar made every
 * month's bar several components keyed by its value, so an edit replaced them all — hundreds
 * per chart, the costliest part of redrawing the overview's charts.
 */
export const StackedBars = memo(function StackedBars({
  points,
  series,
}: {
  points: readonly ChartPoint[];
  /** Bottom to top. */
  series: readonly { key: string; colour: string }[];
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  // Each month's bar, the same for every series stacked in it.
  const bars = points.map((p) => {
    const start = x(p.month, { position: 'start' });
    const end = x(p.month, { position: 'end' });
    return start === undefined || end === undefined ? null : barOf(start, end);
  });
  const stackTops = points.map(() => 0);
  return (
    <g className="stacked-bars">
      {series.map((s) => {
        let d = '';
        points.forEach((p, i) => {
          const value = p.values[s.key] ?? 0;
          const bar = bars[i];
          if (!(value > 0) || !bar) return;
          const bottom = stackTops[i] ?? 0;
          const top = bottom + value;
          stackTops[i] = top;
          const low = y(bottom);
          const high = y(top);
          if (low === undefined || high === undefined) return;
          d += `M${round(bar.left)},${round(high)}h${round(bar.width)}V${round(low)}h${round(-bar.width)}Z`;
        });
        return <path key={s.key} className="stacked-bar" d={d} fill={s.colour} />;
      })}
    </g>
  );
});
