import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { plan } from '../../core/engine/api';
import type { PlanResult } from '../../core/engine/output';
import { ZERO } from '../../core/money';
import type { ScenarioInput } from '../../core/scenario/types';
import { validateScenario } from '../../core/scenario/validate';
import type { BaselineRow, PaymentRow, RebaseRow } from '../db/AppDB';
import { useFormat } from '../format/useFormat';
import type { CompletePlanBundle } from '../plan/planProtocol';
import { ProgressChart } from '../progress/ProgressChart';
import { DebtTable, Standing } from '../progress/ProgressPanel';
import { livedHistory, progressAgainst } from '../progress/progress';

/**
 * The baseline planned here and now (the app's overview asks its worker; the print view, a
 * document, plans it itself): one plan, drawn before the page says
 * it is ready to print. Null when the stored baseline no longer validates (a newer app's rules).
 */
function plannedBaseline(scenario: ScenarioInput): PlanResult | null {
  const checked = validateScenario(scenario);
  return checked.ok ? plan(checked.scenario) : null;
}

/** The PDF's progress: the baseline against the plan as lived, and the payments made. */
export function PrintProgress({
  bundle,
  baseline,
  rebases,
  payments,
  today,
}: {
  bundle: CompletePlanBundle;
  baseline: BaselineRow;
  rebases: readonly RebaseRow[];
  payments: readonly PaymentRow[];
  today: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  // Planned once per baseline, not on every render of the document.
  const result = useMemo(() => plannedBaseline(baseline.scenario), [baseline.scenario]);
  if (!result) return null;
  const names = new Map(bundle.scenario.debts.map((debt) => [debt.id, debt.name]));
  const progress = progressAgainst(
    { scenario: baseline.scenario, result },
    bundle.result,
    names,
    today,
    livedHistory(bundle.scenario, rebases),
  );
  const paid = payments.reduce((sum, payment) => sum.plus(payment.amount), ZERO);
  return (
    <section className="print-section page-break" aria-labelledby="print-progress">
      <h2 id="print-progress">{t('progress.title')}</h2>
      <p>{t('progress.chosenOn', { date: format.date(baseline.chosenOn) })}</p>
      <Standing progress={progress} />
      <p>
        {t('print.paymentsMade', { count: payments.length, amount: format.money(paid.toFixed(2)) })}
      </p>
      <DebtTable progress={progress} />
      <ProgressChart
        points={progress.chart}
        currency={format.currency}
        language={format.language}
        print
      />
    </section>
  );
}
