import { useTranslation } from 'react-i18next';
import type { UiLanguage as Language } from '../../shared/contract';
import { useFormat } from '../format/useFormat';
import { PayoffChart, PenaltyChart } from '../plan/charts';
import type { CompletePlanBundle } from '../plan/planProtocol';
import { ComparisonTable } from '../strategies/ComparisonTable';
import { PrintBudget } from './PrintBudget';
import { PrintDebts } from './PrintDebts';
import type { AllNegotiationRecords } from '../db/negotiationRecords';
import { PrintLenders } from './PrintLenders';
import { PrintMethodology } from './PrintMethodology';
import type { BaselineRow, RebaseRow } from '../db/AppDB';
import { PrintPlans } from './PrintPlans';
import type { ComparedColumn } from '../plans/usePlanComparison';
import { PrintProgress } from './PrintProgress';
import { PrintSchedule } from './PrintSchedule';
import { PrintSummary } from './PrintSummary';

/** The whole plan as a document: what a person hands to a lender, a counsellor or family. */
export function PrintDocument({
  bundle,
  records,
  madeOn,
  language,
  baseline,
  rebases,
  plans = null,
}: {
  bundle: CompletePlanBundle;
  records: AllNegotiationRecords;
  madeOn: string;
  language: Language;
  /** The plan chosen to follow; null for a scenario handed in, or when none was chosen. */
  baseline: BaselineRow | null;
  /** The re-bases made since (issue 13), oldest first. */
  rebases: readonly RebaseRow[];
  /** The 方案 comparison, the chosen 方案 first; null when the document leaves it out. */
  plans?: readonly ComparedColumn[] | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const chartProps = { bundle, currency: format.currency, language, print: true };
  return (
    <article className="print-document">
      <header className="print-header">
        <h1>{t('print.title')}</h1>
        <p>
          {t('print.madeOn', { date: format.date(madeOn) })} ·{' '}
          {t('print.balancesAsOf', { date: format.date(bundle.scenario.startDate) })}
        </p>
      </header>
      <PrintSummary bundle={bundle} />
      <PrintBudget scenario={bundle.scenario} />
      <PrintDebts bundle={bundle} />
      {baseline ? (
        <PrintProgress
          bundle={bundle}
          baseline={baseline}
          rebases={rebases}
          payments={records.payments}
          today={madeOn}
        />
      ) : null}
      <section className="print-section" aria-labelledby="print-charts">
        <h2 id="print-charts">{t('print.chartsAndStrategies')}</h2>
        <PayoffChart {...chartProps} />
        <PenaltyChart {...chartProps} />
        <ComparisonTable bundle={bundle} readOnly />
      </section>
      {plans ? (
        <PrintPlans
          columns={plans}
          debtNames={new Map(bundle.scenario.debts.map((debt) => [debt.id, debt.name]))}
        />
      ) : null}
      <PrintSchedule bundle={bundle} />
      <PrintLenders bundle={bundle} records={records} />
      <PrintMethodology language={language} />
    </article>
  );
}
