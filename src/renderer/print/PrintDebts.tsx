import { useTranslation } from 'react-i18next';
import type { RateSpec } from '../../core/scenario/types';
import { Dec } from '../../core/money';
import { rateText } from '../debts/rateText';
import { useFormat } from '../format/useFormat';
import type { PlanBundle } from '../plan/planProtocol';

export function PrintDebts({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const format = useFormat();
  // Each rate in the unit the contract gives it (1%/month reads better than 0.0329%/day),
  // written as on the Debts page.
  const rateOf = (rate: RateSpec | undefined) => rateText(rate, t) ?? '—';
  const payoff = new Map(bundle.result.summary.debts.map((d) => [d.id, d.payoffDate]));
  return (
    <section className="print-section" aria-labelledby="print-debts">
      <h2 id="print-debts">{t('print.debts')}</h2>
      <table className="data print-table unsplit">
        <thead>
          <tr>
            <th scope="col">{t('print.debtName')}</th>
            <th scope="col" className="amount">
              {t('print.principal')}
            </th>
            <th scope="col" className="amount">
              {t('print.overduePrincipal')}
            </th>
            <th scope="col" className="amount">
              {t('print.interest')}
            </th>
            <th scope="col" className="amount">
              {t('print.penalty')}
            </th>
            <th scope="col" className="amount">
              {t('print.fees')}
            </th>
            <th scope="col" className="amount">
              {t('print.balance')}
            </th>
            <th scope="col">{t('print.rates')}</th>
            <th scope="col">{t('print.payoff')}</th>
          </tr>
        </thead>
        <tbody>
          {bundle.scenario.debts.map((debt) => {
            const overdue = debt.overdue ? debt.principal : (debt.overduePrincipal ?? '0.00');
            const balance = new Dec(debt.principal)
              .plus(debt.interest ?? 0)
              .plus(debt.penalty ?? 0)
              .plus(debt.fees ?? 0)
              .toFixed(2);
            const paidOn = payoff.get(debt.id);
            return (
              <tr key={debt.id}>
                <th scope="row">{debt.name}</th>
                <td className="amount">{format.money(debt.principal)}</td>
                <td className="amount">{format.money(overdue)}</td>
                <td className="amount">{format.money(debt.interest ?? '0.00')}</td>
                <td className="amount">{format.money(debt.penalty ?? '0.00')}</td>
                <td className="amount">{format.money(debt.fees ?? '0.00')}</td>
                <td className="amount">{format.money(balance)}</td>
                <td>
                  {rateOf(debt.interestRate)} · {rateOf(debt.penaltyRate)}
                </td>
                <td>{paidOn ? format.date(paidOn) : t('print.notPaid')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
