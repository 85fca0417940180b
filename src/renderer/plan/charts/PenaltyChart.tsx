import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Line, LineChart } from 'recharts';
import { AmountTable } from './AmountTable';
import { ChartFigure } from './ChartFigure';
import { ChartLegendRoom } from './ChartLegend';
import { COST_KEYS, type CostKey, costSeries } from './chartData';
import { SCREEN_HEIGHT } from './chartFormat';
import type { PlanChartProps } from './chartProps';
import { formattedCells } from './formattedCells';
import { useTimeAxis } from './timeAxis';
import { timeChartCaption, useTimeChartParts } from './timeChartParts';
import { useKeptWhileSame } from '../../app/useKeptWhileSame';
import type { PlanExtras } from '../planProtocol';
import { lineDrawing } from './lineShapes';

// Told apart by line style as well as colour, so the lines survive greyscale print.
const LINE_STYLE: Record<CostKey, { stroke: string; dash?: string; width: number }> = {
  chosen: { stroke: '#0072B2', width: 3 },
  minimumOnly: { stroke: '#E69F00', dash: '8 4', width: 2 },
  doNothing: { stroke: '#D55E00', dash: '2 3', width: 2 },
};

type CostTimelines = PlanExtras['costTimelines'];

/**
 * What delay costs: cumulative interest, penalty and fees of the plan against the alternatives.
 * The comparisons arrive a moment after the plan itself (see planBundle.ts): until the first
 * arrive a line says they are coming; after an edit, the previous chart stays in place, marked
 * as updating, until the new ones arrive — swapping it for the line moved the page and rebuilt
 * the chart on every edit.
 */
export function PenaltyChart({ bundle, currency, language, print = false }: PlanChartProps) {
  const { t } = useTranslation();
  const arrived = bundle.extras?.costTimelines;
  const [last, setLast] = useState(arrived);
  // Derived state, updated during render (React's documented pattern for it).
  if (arrived && arrived !== last) setLast(arrived);
  const timelines = arrived ?? last;

  if (!timelines) {
    // In the chart's room (and its legend's): drawing it when they arrive moves nothing below.
    return (
      <figure className="chart">
        <figcaption>
          <strong className="chart-title">{t('charts.penalty.title')}</strong>
          <p className="chart-caption">{t('charts.penalty.caption')}</p>
        </figcaption>
        <div className="chart-waiting" style={{ height: SCREEN_HEIGHT }}>
          <p role="status">{t('charts.comparing')}</p>
        </div>
        <ChartLegendRoom />
      </figure>
    );
  }
  const updating = !arrived;
  return (
    <div className="chart-updating-frame" aria-busy={updating}>
      {updating && (
        <p role="status" className="chart-updating">
          {t('charts.comparing')}
        </p>
      )}
      <PenaltyDrawing timelines={timelines} currency={currency} language={language} print={print} />
    </div>
  );
}

interface PenaltyDrawingProps {
  timelines: CostTimelines;
  currency: string;
  language: string;
  print: boolean;
}

/** The chart itself: redrawn only for new comparisons, not when they are marked as updating. */
const PenaltyDrawing = memo(function PenaltyDrawing({
  timelines,
  currency,
  language,
  print,
}: PenaltyDrawingProps) {
  const { t } = useTranslation();
  const points = useMemo(() => costSeries(timelines), [timelines]);
  const axis = useTimeAxis(points, currency, language);
  const animate = axis.animate && !print;
  const parts = useTimeChartParts({ labels: axis.labels, currency, language });
  const lines = useKeptWhileSame(`${language}|${animate}`, () =>
    COST_KEYS.map((key) => (
      <Line
        key={key}
        type="linear"
        dataKey={`values.${key}`}
        name={t(`charts.penalty.${key}`)}
        stroke={LINE_STYLE[key].stroke}
        strokeDasharray={LINE_STYLE[key].dash}
        strokeWidth={LINE_STYLE[key].width}
        dot={false}
        {...lineDrawing(animate)}
      />
    )),
  );
  const legend = useMemo(
    () =>
      COST_KEYS.map((key) => ({
        key,
        name: t(`charts.penalty.${key}`),
        mark: 'line' as const,
        colour: LINE_STYLE[key].stroke,
        dash: LINE_STYLE[key].dash,
        width: LINE_STYLE[key].width,
      })),
    [t],
  );
  return (
    <ChartFigure
      title={t('charts.penalty.title')}
      caption={timeChartCaption(t, t('charts.penalty.caption'), axis, 'none')}
      print={print}
      legend={legend}
      chart={(size, tooltip) => (
        <LineChart
          {...size}
          data={axis.drawn}
          accessibilityLayer={false}
          margin={{ top: 16, right: 32 }}
        >
          {parts(tooltip)}
          {lines}
        </LineChart>
      )}
      table={() => (
        <AmountTable
          caption={t('charts.penalty.title')}
          rowHeader={t('charts.month')}
          columns={COST_KEYS.map((key) => ({ key, label: t(`charts.penalty.${key}`) }))}
          rows={points.map((p) => ({
            key: String(p.month),
            label: axis.labels.monthLabel(p.start),
            cells: formattedCells(p.amounts, currency, language),
          }))}
        />
      )}
    />
  );
});
