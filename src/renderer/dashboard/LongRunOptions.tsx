import { useTranslation } from 'react-i18next';
import { Dec } from '../../core/money';
import { useFormat } from '../format/useFormat';
import type { PlanBundle } from '../plan/planProtocol';
import { isLongRun } from './yearAhead';

/**
 * For a plan that never clears or runs past five years: instead of a compounded total, what
 * would get out of it — the payment that clears it in 3 and in 5 years, what charges a court
 * upholds would give, and that negotiating is the way out.
 */
export function LongRunOptions({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!isLongRun(bundle.result.summary)) return null;
  const options = bundle.extras?.longRun;
  if (!options) {
    return (
      <p className="hint" role="status">
        {t('dashboard.longRun.computing')}
      </p>
    );
  }
  const court = options.courtView;
  const courtChange = new Dec(court.owedAfterYear).minus(court.owedNow);
  return (
    <section className="note long-run" aria-labelledby="long-run-title">
      <h2 id="long-run-title">{t('dashboard.longRun.title')}</h2>
      <ul>
        {options.clearWithin.map(({ months, payment }) => (
          <li key={months}>
            {payment === null
              ? t('dashboard.longRun.noPayment', { years: months / 12 })
              : t('dashboard.longRun.clearWithin', {
                  years: months / 12,
                  amount: format.money(payment),
                })}
          </li>
        ))}
        <li>
          {court.debtFree && court.debtFreeDate
            ? t('dashboard.longRun.courtClears', {
                date: format.date(court.debtFreeDate),
                cost: format.money(court.cost),
              })
            : t(
                courtChange.isNegative()
                  ? 'dashboard.longRun.courtLess'
                  : 'dashboard.longRun.courtMore',
                {
                  now: format.money(court.owedNow),
                  after: format.money(court.owedAfterYear),
                },
              )}{' '}
          {t('dashboard.longRun.courtCaveat')}
        </li>
      </ul>
      {bundle.result.summary.debtFree ? (
        // A plan that never clears says so with this link under the headline figures already.
        <p>
          {t('dashboard.longRun.negotiate')} <a href="#/negotiation">{t('dashboard.wayOutLink')}</a>
        </p>
      ) : null}
    </section>
  );
}
