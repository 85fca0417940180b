import { useTranslation } from 'react-i18next';
import { Dec } from '../../core/money';
import type { TotalLender, TotalPlan } from '../../core/proposals/allTypes';
import type { DebtRow } from '../db/AppDB';
import { formatPercent } from '../format/percent';
import { useFormat } from '../format/useFormat';
import { useSettings } from '../settings/SettingsContext';
import { describeAgreement } from './agreementText';
import { rateBand } from './installmentRate';
import { negotiationHref } from './selectedDebt';
import { useTextFormat } from './useTextFormat';

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
  const { lpr } = useSettings();

  const requestOf = (lender: TotalLender): string => {
    if (refused.includes(lender.debtId)) return t('negotiation.totalPlan.refusedKeep');
    const asked = plan.agreements.find((a) => a.debtId === lender.debtId);
    return asked ? describeAgreement(asked.agreement, text) : t('negotiation.totalPlan.keep');
  };
  // The engine's APR against the yardsticks a person weighs an offer by: 4 × LPR, 24 %, 36 %.
  const aprOf = (apr: string | null): string => {
    if (apr === null) return t('negotiation.totalPlan.none');
    return t(`negotiation.totalPlan.aprBand.${rateBand(apr, lpr.percent)}`, {
      apr: formatPercent(new Dec(apr).div(100)),
      limit: new Dec(lpr.percent).times(4).toString(),
    });
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
