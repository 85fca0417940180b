import { useTranslation } from 'react-i18next';
import type { TotalPlan } from '../../core/proposals/allTypes';
import type { AgreementRow, DebtRow } from '../db/AppDB';
import { addAgreements } from '../db/household';
import { useOfferUndo } from '../forms/Undo';
import { useFormat } from '../format/useFormat';
import { SaveAsPlan } from '../plans/SaveAsPlan';
import { sameAgreement } from './sameAgreement';
import { TotalPlanChart } from './TotalPlanChart';
import { TotalPlanTable } from './TotalPlanTable';
import type { TotalPlanState } from './useTotalPlan';

/** The requests of a set not yet on each lender's list (a second press adds nothing twice). */
function notYetListed(plan: TotalPlan, agreements: readonly AgreementRow[]) {
  return plan.agreements.filter(
    ({ debtId, agreement }) =>
      !agreements.some((row) => row.debtId === debtId && sameAgreement(row.agreement, agreement)),
  );
}

/**
 * A set of requests that holds: its common term and effect, per lender what to ask, the
 * promises month by month under the capacity, and "mark all as proposed".
 */
export function TotalPlanSet({
  answer,
  debts,
  agreements,
  refused,
}: {
  answer: Extract<TotalPlanState, { status: 'ready' }>;
  debts: readonly DebtRow[];
  agreements: readonly AgreementRow[];
  refused: readonly string[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const offerUndo = useOfferUndo();
  const { result: plan, agreed } = answer;
  const { effect } = plan;
  const toAdd = notYetListed(plan, agreements);

  // Said by the undo bar; the button then says the requests are all on the lists.
  const markAll = async () => {
    offerUndo(
      t('negotiation.totalPlan.markedAll', { count: toAdd.length }),
      await addAgreements(toAdd),
    );
  };

  return (
    <>
      <p>
        {plan.agreements.length === 0
          ? t('negotiation.totalPlan.keepAll')
          : plan.term !== null
            ? t('negotiation.totalPlan.term', { months: plan.term })
            : t('negotiation.totalPlan.noTerm')}
        {t('negotiation.totalPlan.sentenceGap')}
        {effect.debtFree && effect.debtFreeDate
          ? t('negotiation.totalPlan.effect', {
              cost: format.money(effect.totalCost),
              date: format.date(effect.debtFreeDate),
            })
          : t('negotiation.totalPlan.effectNever', { cost: format.money(effect.totalCost) })}
      </p>
      <TotalPlanTable plan={plan} debts={debts} refused={refused} />
      <TotalPlanChart agreed={agreed} date={plan.date} refused={refused} />
      {plan.agreements.length > 0 ? (
        <div className="actions">
          <button
            type="button"
            disabled={answer.stale || toAdd.length === 0}
            onClick={() => void markAll()}
          >
            {toAdd.length === 0
              ? t('negotiation.totalPlan.allMarked')
              : t('negotiation.totalPlan.markAll')}
          </button>
          <SaveAsPlan variant={answer.stale ? null : { agreements: plan.agreements }} />
        </div>
      ) : null}
    </>
  );
}
