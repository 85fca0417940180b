import { useTranslation } from 'react-i18next';
import type { TotalNothingFits } from '../../core/proposals/allTypes';
import type { DebtRow } from '../db/AppDB';
import { useFormat } from '../format/useFormat';

/**
 * When no set of requests holds: by how much, what would close the gap, and which lenders to
 * protect first meanwhile (METHODOLOGY §13). Every figure comes from the plan, in the
 * person's currency.
 */
export function TotalPlanShortfall({
  why,
  debts,
}: {
  why: TotalNothingFits;
  debts: readonly DebtRow[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const nameOf = (id: string) => debts.find((d) => d.id === id)?.name ?? id;

  if (why.reason === 'dateOutsidePlan') {
    return (
      <p className="note warning">
        {t('negotiation.totalPlan.nothingFits.dateOutsidePlan', { date: format.date(why.date) })}
      </p>
    );
  }
  const closers = [
    why.cutCostsMonthly !== null
      ? t('negotiation.totalPlan.nothingFits.cutCosts', {
          amount: format.money(why.cutCostsMonthly),
        })
      : null,
    why.missingMonthly !== null
      ? t('negotiation.totalPlan.nothingFits.extra', { amount: format.money(why.missingMonthly) })
      : null,
    why.settlement !== null
      ? t('negotiation.totalPlan.nothingFits.settlement', {
          extra: format.money(why.settlement.extra),
          lender: nameOf(why.settlement.debtId),
          amount: format.money(why.settlement.amount),
        })
      : null,
  ].filter((line): line is string => line !== null);
  const { settleFirst } = why.fallback;

  return (
    <div className="note warning total-plan-shortfall">
      <p>
        {why.months === 0
          ? t('negotiation.totalPlan.nothingFits.noTerm')
          : why.missingMonthly === null
            ? t('negotiation.totalPlan.nothingFits.noAmount')
            : t('negotiation.totalPlan.nothingFits.missing', {
                months: why.months,
                missing: format.money(why.missingMonthly),
              })}
      </p>
      {closers.length > 0 ? (
        <>
          <p>{t('negotiation.totalPlan.nothingFits.closeIntro')}</p>
          <ul>
            {closers.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        {settleFirst.length > 0
          ? t('negotiation.totalPlan.nothingFits.fallback', {
              lenders: settleFirst.map(nameOf).join(t('negotiation.totalPlan.list')),
              months: why.months,
            })
          : t('negotiation.totalPlan.nothingFits.fallbackNone')}
      </p>
    </div>
  );
}
