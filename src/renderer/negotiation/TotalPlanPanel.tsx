import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TotalContext } from '../../core/proposals/allTypes';
import type { AgreementRow, DebtRow } from '../db/AppDB';
import { todayIso } from '../format/dates';
import { usePlan } from '../plan/PlanContext';
import { overdueDaysOf } from './overdueDays';
import { proposalDate } from './proposalDate';
import { TotalPlanSet } from './TotalPlanSet';
import { TotalPlanShortfall } from './TotalPlanShortfall';
import { useTotalPlan } from './useTotalPlan';

/** Debts whose latest agreement on the list was refused: the lenders that said no. */
function refusedDebts(agreements: readonly AgreementRow[]): string[] {
  const latest = new Map<string, AgreementRow>();
  for (const row of agreements) {
    const before = latest.get(row.debtId);
    if (!before || row.order > before.order) latest.set(row.debtId, row);
  }
  return [...latest.values()]
    .filter((row) => row.agreement.status === 'refused')
    .map((row) => row.debtId);
}

/**
 * 协商总方案: one set of requests to every lender that holds together (METHODOLOGY §13), worked
 * out in the proposals worker when asked for, with its chart, "mark all as proposed", and a
 * re-plan around the lenders that refused.
 */
export function TotalPlanPanel({ debts }: { debts: readonly DebtRow[] }) {
  const { t } = useTranslation();
  const { household, scenario } = usePlan();
  const agreements = useMemo(() => household?.agreements ?? [], [household]);
  const [built, setBuilt] = useState(false);
  // The lenders the plan was last re-planned around: asked nothing, held to nothing.
  const [around, setAround] = useState<string[]>([]);
  const date = proposalDate(household?.household.startDate ?? todayIso());
  const refused = useMemo(() => refusedDebts(agreements), [agreements]);
  // A lender that no longer refuses (its refusal deleted, a new request added) is asked again.
  const still = useMemo(() => around.filter((id) => refused.includes(id)), [around, refused]);
  const context = useMemo<TotalContext | null>(
    () =>
      built
        ? {
            date,
            ...(still.length > 0 ? { refused: still } : {}),
            // As each lender's own proposals know it: a short overdue on a large amount may be
            // asked to waive its penalty.
            overdueDays: overdueDaysOf(debts, date),
          }
        : null,
    [built, date, still, debts],
  );
  const state = useTotalPlan(scenario, context);
  const unplanned = refused.filter((id) => !still.includes(id));
  const names = (ids: readonly string[]) =>
    ids
      .map((id) => debts.find((d) => d.id === id)?.name ?? id)
      .join(t('negotiation.totalPlan.list'));

  return (
    <section className="total-plan" aria-labelledby="total-plan-title">
      <h2 id="total-plan-title">{t('negotiation.totalPlan.title')}</h2>
      <p className="hint">{t('negotiation.totalPlan.intro')}</p>
      {!built ? (
        <button type="button" className="primary" onClick={() => setBuilt(true)}>
          {t('negotiation.totalPlan.build')}
        </button>
      ) : null}
      {(state.status === 'computing' || (state.status === 'ready' && state.stale)) && state.slow ? (
        <p role="status">{t('negotiation.totalPlan.computing')}</p>
      ) : null}
      {state.status === 'invalid' ? (
        <p className="note warning">
          {t('negotiation.totalPlan.unavailable')}{' '}
          <a href="#/debts">{t('planStatus.invalidLink')}</a>
        </p>
      ) : null}
      {state.status === 'failed' ? (
        <p role="alert">{t('planStatus.failed', { message: state.message })}</p>
      ) : null}
      {state.status === 'ready' ? (
        <div aria-busy={state.stale}>
          {still.length > 0 ? (
            <p className="note">
              {t('negotiation.totalPlan.replanned', { lenders: names(still) })}
            </p>
          ) : null}
          {state.result.nothingFits ? (
            <TotalPlanShortfall why={state.result.nothingFits} debts={debts} />
          ) : (
            <TotalPlanSet answer={state} debts={debts} agreements={agreements} refused={still} />
          )}
        </div>
      ) : null}
      {built && unplanned.length > 0 ? (
        <div className="note">
          <p>{t('negotiation.totalPlan.refused', { lenders: names(refused) })}</p>
          <button type="button" onClick={() => setAround(refused)}>
            {t('negotiation.totalPlan.replan')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
