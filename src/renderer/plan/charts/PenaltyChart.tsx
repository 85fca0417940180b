import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Line, LineChart } from 'recharts';
import { AmountTable } from './AmountTable';
import { ChartFigure } from './ChartFigure';
import { COST_KEYS, type CostKey, costSeries } from './chartData';
import type { PlanChartProps } from './chartProps';
import { formattedCells } from './formattedCells';
import { useTimeAxis } from './timeAxis';
import { timeChartParts } from './timeChartParts';

// Told apart by line style as well as colour, so the lines survive greyscale print.
const LINE_STYLE: Record<CostKey, { stroke: string; dash?: string; width: number }> = {
  chosen: { stroke: '#0072B2', width: 3 },
  minimumOnly: { stroke: '#E69F00', dash: '8 4', width: 2 },
  doNothing: { stroke: '#D55E00', dash: '2 3', width: 2 },
};

/** What delay costs: cumulative interest, penalty and fees of the plan against the alternatives. */
export function PenaltyChart({ bundle, currency, language, print = false }: PlanChartProps) {
  const { t } = useTranslation();
  const timelines = bundle.extras?.costTimelines;
  const points = useMemo(() => (timelines ? costSeries(timelines) : []), [timelines]);
  const axis = useTimeAxis(points, currency, language);
  const animate = axis.animate && !print;

  // The comparisons arrive a moment after the plan itself (see planBundle.ts).
  if (!timelines) {
    return (
      <figure className="chart">
        <figcaption>
          <strong className="chart-title">{t('charts.penalty.title')}</strong>
          <p className="chart-caption">{t('charts.penalty.caption')}</p>
        </figcaption>
        <p role="status">{t('charts.comparing')}</p>
      </figure>
    );
  }

  return (
    <ChartFigure
      title={t('charts.penalty.title')}
      caption={t('charts.penalty.caption')}
      print={print}
      chart={(size) => (
        <LineChart
          {...size}
          data={points}
          accessibilityLayer={false}
          margin={{ top: 16, right: 32 }}
        >
          {timeChartParts({ axis, print, currency, language })}
          {COST_KEYS.map((key) => (
            <Line
              key={key}
              type="linear"
              dataKey={`values.${key}`}
              name={t(`charts.penalty.${key}`)}
              stroke={LINE_STYLE[key].stroke}
              strokeDasharray={LINE_STYLE[key].dash}
              strokeWidth={LINE_STYLE[key].width}
              dot={false}
              isAnimationActive={animate}
            />
          ))}
        </LineChart>
      )}
      table={() => (
        <AmountTable
          caption={t('charts.penalty.title')}
          rowHeader={t('charts.month')}
          columns={COST_KEYS.map((key) => ({ key, label: t(`charts.penalty.${key}`) }))}
          rows={points.map((p) => ({
            key: String(p.month),
            label: axis.monthLabel(p.start),
            cells: formattedCells(p.amounts, currency, language),
          }))}
        />
      )}
    />
  );
}
