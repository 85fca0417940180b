import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import { MoneySplitChart, PaymentsChart, PayoffChart, PenaltyChart } from '../plan/charts';
import type { PlanBundle } from '../plan/planProtocol';

export function DashboardCharts({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const { currency, language } = useFormat();
  const props = { bundle, currency, language };
  return (
    <section aria-labelledby="charts-title" className="dashboard-charts">
      <h2 id="charts-title">{t('dashboard.chartsTitle')}</h2>
      <PayoffChart {...props} />
      <PenaltyChart {...props} />
      <PaymentsChart {...props} />
      <MoneySplitChart {...props} />
    </section>
  );
}
