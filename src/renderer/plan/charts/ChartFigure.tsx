import { type ReactElement, type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResponsiveContainer } from 'recharts';
import { ScrollRegion } from '../../forms/ScrollRegion';
import { ChartLegend, ChartLegendRoom, type LegendEntry } from './ChartLegend';
import { PRINT_SIZE, SCREEN_HEIGHT } from './chartFormat';
import { useHasBeenNear } from './useHasBeenNear';

interface ChartFigureProps {
  title: string;
  caption: string;
  print: boolean;
  /**
   * The chart, given the size it must draw at and whether it shows a tooltip: only once the
   * pointer has come over it. Recharts' tooltip follows the chart's store from its first drawing
   * on, a good part of drawing the overview's first chart, and only a pointer ever shows it (the
   * table is the keyboard's and screen readers' way to the figures).
   */
  chart: (size: { width?: number; height?: number }, tooltip: boolean) => ReactElement;
  /** The series' names and marks, shown below the drawing (not with the table, which names them). */
  legend?: readonly LegendEntry[];
  table: () => ReactNode;
  /** Said outside the chart too, so it is never only a colour (e.g. a deficit). */
  note?: ReactNode;
}

/**
 * One chart with its title and caption, and a table of the same figures for reading and for
 * screen readers, one press away (the drawing is announced as an image with its caption; the
 * table is not kept in the page meanwhile, since a 600-month plan would make it thousands of
 * cells). In print the chart is drawn at a fixed size: nothing can be measured then. On screen
 * it is drawn once it comes near the view; until then its box holds the chart's height, so
 * nothing moves when it is drawn.
 */
export function ChartFigure({
  title,
  caption,
  print,
  chart,
  table,
  note,
  legend,
}: ChartFigureProps) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const showTable = asTable && !print;
  const plot = useRef<HTMLDivElement>(null);
  const near = useHasBeenNear(plot);
  const [pointed, setPointed] = useState(false);
  const point = pointed ? undefined : () => setPointed(true);
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption>
        <div className="chart-head">
          <strong id={titleId} className="chart-title">
            {title}
          </strong>
          {!print && (
            <div className="chart-toggle" role="group" aria-label={t('charts.toggleLabel')}>
              <button type="button" aria-pressed={!asTable} onClick={() => setAsTable(false)}>
                {t('charts.showChart')}
              </button>
              <button type="button" aria-pressed={asTable} onClick={() => setAsTable(true)}>
                {t('charts.showTable')}
              </button>
            </div>
          )}
        </div>
        <p className="chart-caption">{caption}</p>
      </figcaption>
      {note}
      {showTable ? (
        <ScrollRegion label={title} className="chart-table">
          {table()}
        </ScrollRegion>
      ) : print ? (
        <div className="chart-plot" role="img" aria-label={caption}>
          {chart(PRINT_SIZE, false)}
        </div>
      ) : (
        <div
          ref={plot}
          className="chart-plot"
          role="img"
          aria-label={caption}
          // On entering, and on a move: a chart scrolled under a pointer that has not moved
          // since gets no pointerenter (seen in Chromium), only the moves that follow.
          onPointerEnter={point}
          onPointerMove={point}
        >
          {near ? (
            <ResponsiveContainer width="100%" height={SCREEN_HEIGHT}>
              {chart({}, pointed)}
            </ResponsiveContainer>
          ) : (
            <div style={{ height: SCREEN_HEIGHT }} />
          )}
        </div>
      )}
      {/* With the drawing it names: a chart not yet drawn is an empty box of its height, with a
          legend line's room, so drawing it as it comes into view moves nothing below. */}
      {legend &&
        !showTable &&
        (print || near ? <ChartLegend entries={legend} /> : <ChartLegendRoom />)}
    </figure>
  );
}
