import { type ReactNode, useDeferredValue, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import { MoneySplitChart, PaymentsChart, PayoffChart, PenaltyChart } from '../plan/charts';
import { useShownWhileVisible } from '../plan/charts/useShownWhileVisible';
import type { PlanBundle } from '../plan/planProtocol';

/** A chart that redraws only while it can be seen. */
function ChartSlot({
  bundle,
  children,
}: {
  bundle: PlanBundle;
  children: (bundle: PlanBundle) => ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = useShownWhileVisible(bundle, ref);
  return <div ref={ref}>{children(shown)}</div>;
}

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
        <ChartSlot key={name} bundle={deferred}>
          {(shown) => <Chart bundle={shown} currency={currency} language={language} />}
        </ChartSlot>
      ))}
    </section>
  );
}
