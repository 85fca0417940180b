import { useTranslation } from 'react-i18next';
import { Dec } from '../../core/money';
import type { TotalLender, TotalPlan } from '../../core/proposals/allTypes';
import type { DebtRow } from '../db/AppDB';
import { formatPercent } from '../format/percent';
import { useFormat } from '../format/useFormat';
import { describeAgreement } from './agreementText';
import { negotiationHref } from './selectedDebt';
import { useTextFormat } from './useTextFormat';

/**
 * The annual rate, in percent, that regulators guide consumer lenders to keep within and courts
 * reduce charges to on request (DOMAIN, "24 %"): the figure a person compares an offer with.
 */
const APR_REFERENCE = 24;

/** Per lender: what to ask, the monthly payment, total cost and APR, and a way to its workspace. */
export function TotalPlanTable({
  plan,
  debts,
  refused,
}: {
  plan: TotalPlan;
  debts: readonly DebtRow[];
  refused: readonly string[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useTextFormat();

  const requestOf = (lender: TotalLender): string => {
    if (refused.includes(lender.debtId)) return t('negotiation.totalPlan.refusedKeep');
    const asked = plan.agreements.find((a) => a.debtId === lender.debtId);
    return asked ? describeAgreement(asked.agreement, text) : t('negotiation.totalPlan.keep');
  };
  const aprOf = (apr: string | null): string => {
    if (apr === null) return t('negotiation.totalPlan.none');
    const shown = formatPercent(new Dec(apr).div(100));
    return new Dec(apr).lte(APR_REFERENCE)
      ? t('negotiation.totalPlan.aprWithin', { apr: shown })
      : t('negotiation.totalPlan.aprAbove', { apr: shown });
  };

  return (
    <table className="data total-plan-table">
      <caption>{t('negotiation.totalPlan.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('negotiation.totalPlan.lender')}</th>
          <th scope="col">{t('negotiation.totalPlan.request')}</th>
          <th scope="col">{t('negotiation.totalPlan.monthly')}</th>
          <th scope="col">{t('negotiation.totalPlan.totalCost')}</th>
          <th scope="col">{t('negotiation.totalPlan.apr')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.lenders.map((lender) => {
          const name = debts.find((d) => d.id === lender.debtId)?.name ?? lender.debtId;
          return (
            <tr key={lender.debtId}>
              <th scope="row">
                <a
                  href={negotiationHref(lender.debtId)}
                  title={t('negotiation.totalPlan.open', { lender: name })}
                >
                  {name}
                </a>
              </th>
              <td>{requestOf(lender)}</td>
              <td className="amount">
                {/* A lender that refused is promised nothing: its arrears are due, not paid. */}
                {refused.includes(lender.debtId)
                  ? t('negotiation.totalPlan.none')
                  : lender.request === 'settlement'
                    ? t('negotiation.totalPlan.settlementPaid', {
                        amount: format.money(lender.monthly),
                      })
                    : format.money(lender.monthly)}
              </td>
              <td className="amount">{format.money(lender.totalCost)}</td>
              <td>{aprOf(lender.apr)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
