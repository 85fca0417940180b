import { memo } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartPoint } from './chartData';
import { type DrawnSeries, roundPx, stackLevels } from './stackLevels';

/**
 * The stacked areas of a month-by-month chart, drawn in one piece from the chart's month and
 * money scales: for each series a filled shape between its stack level and the one below, and a
 * line along its top. Recharts' own Area was a dozen components per series, each following the
 * chart's store: registering them was much of drawing the overview's first chart, and each edit
 * recomputed them all.
 *
 * `reveal`: the first drawing unrolls from left to right (CSS, styles.css), as recharts' did.
 */
export const StackedAreas = memo(function StackedAreas({
  points,
  series,
  opacity,
  reveal,
}: {
  points: readonly ChartPoint[];
  /** Bottom to top. */
  series: readonly DrawnSeries[];
  /** How opaque the fill is; the line along the top is solid. */
  opacity: number;
  reveal: boolean;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const xs = points.map((p) => x(p.month));
  const levels = stackLevels(points, series);
  return (
    <g className={reveal ? 'stacked-areas chart-reveal' : 'stacked-areas'}>
      {series.map((s, k) => {
        const tops: string[] = [];
        const bottoms: string[] = [];
        levels[k]?.forEach((level, i) => {
          const at = xs[i];
          const top = y(level.top);
          const bottom = y(level.bottom);
          if (at === undefined || top === undefined || bottom === undefined) return;
          tops.push(`${roundPx(at)},${roundPx(top)}`);
          bottoms.push(`${roundPx(at)},${roundPx(bottom)}`);
        });
        if (tops.length === 0) return null;
        const line = `M${tops.join('L')}`;
        return (
          <g key={s.key} className="stacked-area">
            <path
              d={`${line}L${bottoms.reverse().join('L')}Z`}
              fill={s.colour}
              fillOpacity={opacity}
            />
            <path d={line} fill="none" stroke={s.colour} />
          </g>
        );
      })}
    </g>
  );
});
