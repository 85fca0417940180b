import { useId } from 'react';
import { DeficitHatch } from './DeficitHatch';

/** One series as the legend shows it: its name beside a mark drawn as the series is. */
export interface LegendEntry {
  key: string;
  name: string;
  colour: string;
  /** A filled box (areas, bars) or a line (lines, dashed as drawn). */
  mark: 'box' | 'line';
  /** The line's dashes (an SVG dash array) and width. */
  dash?: string;
  width?: number;
  /** The box's fill opacity, as the series is filled. */
  opacity?: number;
  /** A box hatched as the chart draws a deficit (in the deficit's colour). */
  hatched?: boolean;
}

const MARK = { width: 18, height: 10 } as const;

function LegendMark({ entry }: { entry: LegendEntry }) {
  const hatchId = useId();
  const { colour } = entry;
  return (
    <svg className="chart-legend-mark" {...MARK} viewBox="0 0 18 10" aria-hidden="true">
      {entry.mark === 'line' ? (
        <line
          x1={0}
          y1={5}
          x2={18}
          y2={5}
          stroke={colour}
          strokeWidth={entry.width ?? 2}
          strokeDasharray={entry.dash}
        />
      ) : (
        <>
          {entry.hatched && <DeficitHatch id={hatchId} size={4} />}
          <rect
            x={0.5}
            y={0.5}
            width={17}
            height={9}
            fill={entry.hatched ? `url(#${hatchId})` : colour}
            fillOpacity={entry.opacity}
            stroke={colour}
          />
        </>
      )}
    </svg>
  );
}

/**
 * A chart's legend, in the page below the drawing rather than inside it: recharts' own legend
 * measures itself once drawn and makes the chart lay itself out and redraw again, the costliest
 * step of drawing the overview's first chart. The text is in the ink colour: orange or sky blue
 * text on white is about 2.2:1, too faint to read; the mark beside it keeps the colour.
 */
export function ChartLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="chart-legend">
      {entries.map((entry) => (
        <li key={entry.key}>
          <LegendMark entry={entry} />
          <span className="chart-legend-text">{entry.name}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * A legend's room before the chart is there to name: a legend line high, so drawing the chart
 * with its legend moves nothing below.
 */
export function ChartLegendRoom() {
  return <div className="chart-legend chart-legend-room" aria-hidden="true" />;
}
