import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import type { PlanVariantRow } from '../db/AppDB';
import { usePlanVariants } from '../db/usePlanVariants';
import { PlanGate } from '../plan/PlanGate';
import { usePlan } from '../plan/PlanContext';
import type { PlanBundle } from '../plan/planProtocol';
import { PlanCard } from './PlanCard';
import { PlanComparison } from './PlanComparison';
import { MAX_COMPARED } from './usePlanComparison';

function Plans({ bundle, rows }: { bundle: PlanBundle; rows: readonly PlanVariantRow[] }) {
  const { t } = useTranslation();
  // Until the person picks, the first four are compared: the page opens on a comparison.
  const [picked, setPicked] = useState<string[] | null>(null);
  const ids = rows.map((row) => row.id);
  const chosen = (picked ?? ids.slice(0, MAX_COMPARED)).filter((id) => ids.includes(id));
  const compared = rows.filter((row) => chosen.includes(row.id));
  const debtNames = useMemo(
    () => new Map(bundle.scenario.debts.map((debt) => [debt.id, debt.name])),
    [bundle.scenario.debts],
  );
  const toggle = (id: string, on: boolean) =>
    setPicked(on ? [...chosen, id] : chosen.filter((other) => other !== id));

  return (
    <>
      <section aria-labelledby="plans-compare-title">
        <h2 id="plans-compare-title">{t('plans.compareTitle')}</h2>
        <PlanComparison scenario={bundle.scenario} compared={compared} debtNames={debtNames} />
      </section>
      <section aria-labelledby="plans-list-title">
        <h2 id="plans-list-title">{t('plans.listTitle')}</h2>
        {rows.length === 0 ? (
          <p className="note">{t('plans.empty')}</p>
        ) : (
          <>
            <p className="hint">
              {chosen.length >= MAX_COMPARED ? t('plans.compareLimit') : t('plans.compareHint')}
            </p>
            <ul className="plan-list">
              {rows.map((row) => (
                <PlanCard
                  key={row.id}
                  row={row}
                  scenario={bundle.scenario}
                  compared={chosen.includes(row.id)}
                  canCompareMore={chosen.length < MAX_COMPARED}
                  onCompare={(on) => toggle(row.id, on)}
                />
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}

/**
 * 方案对比 (issue 14): whole plans weighed side by side against things as they are, and the one
 * chosen adopted. Reached from Strategies and from the total negotiation plan.
 */
export function PlansPage() {
  const { t } = useTranslation();
  const { state } = usePlan();
  const rows = usePlanVariants();
  return (
    <article className="page plans">
      <h1>{t('plans.title')}</h1>
      <p className="lead">{t('plans.intro')}</p>
      <p>
        <a href={hrefOf('strategies')}>{t('nav.strategies')}</a>
      </p>
      <PlanGate state={state}>
        {(bundle) => (rows ? <Plans bundle={bundle} rows={rows} /> : null)}
      </PlanGate>
    </article>
  );
}
