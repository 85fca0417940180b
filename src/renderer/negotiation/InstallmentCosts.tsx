import { useTranslation } from 'react-i18next';
import { Dec } from '../../core/money';
import type { InstallmentSummary } from '../../core/engine/output';
import { useFormat } from '../format/useFormat';
import { useSettings } from '../settings/SettingsContext';
import { rateBand } from './installmentRate';

/**
 * The real annual rate (年化利率, the engine's IRR APR, model §13) and total cost of each
 * installment agreement the plan runs for this debt, or of a proposed one, against 4 × LPR,
 * 24 % and 36 %.
 */
export function InstallmentCosts({
  installments,
  heading: Heading = 'h3',
}: {
  installments: readonly InstallmentSummary[];
  heading?: 'h3' | 'h4' | 'h5';
}) {
  const { t } = useTranslation();
  const { money, date } = useFormat();
  const { lpr } = useSettings();
  if (installments.length === 0) return null;
  const lprTimesFour = new Dec(lpr.percent).times(4).toString();
  return (
    <section className="installment-costs">
      <Heading>{t('negotiation.apr.title')}</Heading>
      <ul>
        {installments.map((installment) => (
          <li key={`${installment.date}-${installment.months}`}>
            <p>
              {t('negotiation.apr.line', {
                date: date(installment.date),
                amount: money(installment.amount),
                months: installment.months,
                payment: money(installment.payment),
                totalCost: money(installment.totalCost),
                apr: installment.apr,
              })}
            </p>
            <p className="hint">
              {t(`negotiation.apr.band.${rateBand(installment.apr, lpr.percent)}`, {
                lpr: lpr.percent,
                lprDate: date(lpr.date),
                limit: lprTimesFour,
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
