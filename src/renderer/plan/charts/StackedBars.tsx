import { memo } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartPoint } from './chartData';
import { type DrawnSeries, roundPx, stackLevels } from './stackLevels';

/** Recharts' default room between two months' bars: a tenth of the month's band on each side. */
const CATEGORY_GAP = 0.1;

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
  series: readonly DrawnSeries[];
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
  const levels = stackLevels(points, series);
  return (
    <g className="stacked-bars">
      {series.map((s, k) => {
        let d = '';
        levels[k]?.forEach((level, i) => {
          const bar = bars[i];
          if (!(level.top > level.bottom) || !bar) return;
          const low = y(level.bottom);
          const high = y(level.top);
          if (low === undefined || high === undefined) return;
          d += `M${roundPx(bar.left)},${roundPx(high)}h${roundPx(bar.width)}V${roundPx(low)}h${roundPx(-bar.width)}Z`;
        });
        return <path key={s.key} className="stacked-bar" d={d} fill={s.colour} />;
      })}
    </g>
  );
});
