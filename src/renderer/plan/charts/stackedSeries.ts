import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChartPoint, OTHERS_KEY, type Series, stackedSeries, withOthers } from './chartData';
import { PALETTE, colourOf } from './chartFormat';
import type { LegendEntry } from './ChartLegend';

/** The colour of the debts stacked together: a neutral grey, apart from the palette's eight. */
const OTHERS_COLOUR = '#999999';

/** A stacked series' colour: its place among those drawn apart, or the others' grey. */
export function stackedColour(series: Series, index: number): string {
  return series.key === OTHERS_KEY ? OTHERS_COLOUR : colourOf(index);
}

/** The legend of a stacked chart: a box in each series' colour, as filled (`opacity`) in it. */
export function stackedLegend(series: Series[], opacity?: number): LegendEntry[] {
  return series.map((s, index) => ({
    key: s.key,
    name: s.name,
    colour: stackedColour(s, index),
    mark: 'box',
    ...(opacity === undefined ? {} : { opacity }),
  }));
}

/**
 * What a stacked chart of debts draws: each debt apart while the palette has a colour for each,
 * else the debts that owe the most apart and the rest as one grey series (see stackedSeries),
 * with the drawn points carrying that series' amount. `together`: how many debts it holds.
 */
export function useStackedSeries(series: Series[], drawn: ChartPoint[]) {
  const { t } = useTranslation();
  const { apart, together } = useMemo(() => stackedSeries(series, PALETTE.length), [series]);
  const points = useMemo(() => withOthers(drawn, together), [drawn, together]);
  const othersName = together.length > 0 ? t('charts.others', { count: together.length }) : null;
  const drawnSeries = useMemo(
    () => (othersName ? [...apart, { key: OTHERS_KEY, id: OTHERS_KEY, name: othersName }] : apart),
    [apart, othersName],
  );
  return { series: drawnSeries, points, together: together.length };
}
