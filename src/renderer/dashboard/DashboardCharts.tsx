import { type ReactNode, memo, useDeferredValue, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import { MoneySplitChart, PaymentsChart, PayoffChart, PenaltyChart } from '../plan/charts';
import { useShownWhileVisible } from '../plan/charts/useShownWhileVisible';
import type { PlanChartProps } from '../plan/charts/chartProps';
import type { PlanBundle } from '../plan/planProtocol';

/**
 * A chart that redraws only while it can be seen, and only for a new plan: the render that
 * paints an edit's headline passes the charts their previous plan (deferred), and they skip it.
 */
const ChartSlot = memo(function ChartSlot({
  Chart,
  bundle,
  currency,
  language,
}: PlanChartProps & { Chart: (props: PlanChartProps) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = useShownWhileVisible(bundle, ref);
  return (
    <div ref={ref}>
      <Chart bundle={shown} currency={currency} language={language} />
    </div>
  );
});

export function DashboardCharts({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const { currency, language } = useFormat();
  // The headline figures paint first; the charts follow in a render that typing can interrupt.
  const deferred = useDeferredValue(bundle);
  const charts = [
    ['payoff', PayoffChart],
    ['penalty', PenaltyChart],
    ['payments', PaymentsChart],
    ['split', MoneySplitChart],
  ] as const;
  return (
    <section aria-labelledby="charts-title" className="dashboard-charts">
      <h2 id="charts-title">{t('dashboard.chartsTitle')}</h2>
      {charts.map(([name, Chart]) => (
        <ChartSlot
          key={name}
          Chart={Chart}
          bundle={deferred}
          currency={currency}
          language={language}
        />
      ))}
    </section>
  );
}
