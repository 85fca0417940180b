import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TotalContext, TotalPlan } from '../../core/proposals/allTypes';
import type { AgreementRow, DebtRow } from '../db/AppDB';
import { addAgreements } from '../db/household';
import { useOfferUndo } from '../forms/Undo';
import { todayIso } from '../format/dates';
import { useFormat } from '../format/useFormat';
import { usePlan } from '../plan/PlanContext';
import { proposalDate } from './proposalDate';
import { sameAgreement } from './sameAgreement';
import { TotalPlanChart } from './TotalPlanChart';
import { TotalPlanShortfall } from './TotalPlanShortfall';
import { TotalPlanTable } from './TotalPlanTable';
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

/** The requests of a set not yet on each lender's list (a second press adds nothing twice). */
function notYetListed(plan: TotalPlan, agreements: readonly AgreementRow[]) {
  return plan.agreements.filter(
    ({ debtId, agreement }) =>
      !agreements.some((row) => row.debtId === debtId && sameAgreement(row.agreement, agreement)),
  );
}

/**
 * 协商总方案: one set of requests to every lender that holds together (METHODOLOGY §13), worked
 * out in the proposals worker when asked for, with its chart, "mark all as proposed", and a
 * re-plan around the lenders that refused.
 */
export function TotalPlanPanel({ debts }: { debts: readonly DebtRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const offerUndo = useOfferUndo();
  const { household, scenario } = usePlan();
  const agreements = useMemo(() => household?.agreements ?? [], [household]);
  const [built, setBuilt] = useState(false);
  // The lenders the plan was last re-planned around: asked nothing, held to nothing.
  const [around, setAround] = useState<string[]>([]);
  const date = proposalDate(household?.household.startDate ?? todayIso());
  const context = useMemo<TotalContext | null>(
    () => (built ? { date, ...(around.length > 0 ? { refused: around } : {}) } : null),
    [built, date, around],
  );
  const state = useTotalPlan(scenario, context);
  const refused = refusedDebts(agreements);
  const unplanned = refused.filter((id) => !around.includes(id));
  const names = (ids: readonly string[]) =>
    ids
      .map((id) => debts.find((d) => d.id === id)?.name ?? id)
      .join(t('negotiation.totalPlan.list'));

  // Said by the undo bar; the button then says the requests are all on the lists.
  const markAll = async (plan: TotalPlan) => {
    const requests = notYetListed(plan, agreements);
    offerUndo(
      t('negotiation.totalPlan.markedAll', { count: requests.length }),
      await addAgreements(requests),
    );
  };

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
          {state.result.nothingFits ? (
            <TotalPlanShortfall why={state.result.nothingFits} debts={debts} />
          ) : (
            <p>
              {state.result.agreements.length === 0
                ? t('negotiation.totalPlan.keepAll')
                : state.result.term !== null
                  ? t('negotiation.totalPlan.term', { months: state.result.term })
                  : t('negotiation.totalPlan.noTerm')}
              {t('negotiation.totalPlan.sentenceGap')}
              {state.result.effect.debtFree && state.result.effect.debtFreeDate
                ? t('negotiation.totalPlan.effect', {
                    cost: format.money(state.result.effect.totalCost),
                    date: format.date(state.result.effect.debtFreeDate),
                  })
                : t('negotiation.totalPlan.effectNever', {
                    cost: format.money(state.result.effect.totalCost),
                  })}
            </p>
          )}
          {around.length > 0 ? (
            <p className="note">
              {t('negotiation.totalPlan.replanned', { lenders: names(around) })}
            </p>
          ) : null}
          <TotalPlanTable plan={state.result} debts={debts} refused={around} />
          <TotalPlanChart agreed={state.agreed} date={state.result.date} refused={around} />
          <div className="actions">
            {state.result.agreements.length > 0 ? (
              <button
                type="button"
                disabled={state.stale || notYetListed(state.result, agreements).length === 0}
                onClick={() => void markAll(state.result)}
              >
                {notYetListed(state.result, agreements).length === 0
                  ? t('negotiation.totalPlan.allMarked')
                  : t('negotiation.totalPlan.markAll')}
              </button>
            ) : null}
          </div>
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
