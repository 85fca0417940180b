import { useTranslation } from 'react-i18next';
import { Dec } from '../../core/money';
import { hrefOf } from '../app/routes';
import { saveHousehold } from '../db/household';
import { useFormat } from '../format/useFormat';
import { useHouseholdData } from '../plan/PlanContext';
import type { PlanBundle } from '../plan/planProtocol';
import { asLived, recordedBefore, recordedFrom } from './asLived';

/** The overview's "as of today": paid so far, left to pay, and the months with no record. */
export function AsLivedPanel({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { household } = useHouseholdData();
  const confirmed = household?.household.confirmedNoPayment ?? [];
  const lived = asLived(bundle, confirmed);
  // The plan's own as-of date (today): what it counts, and what it leaves for tomorrow.
  const asOf = bundle.scenario.actuals?.asOf;
  if (!lived || !asOf) return null;
  // The plan takes the payments dated in [startDate, asOf) (model §14): the rest is said apart.
  const payments = household?.payments ?? [];
  const { startDate } = bundle.scenario;
  const paidToday = recordedFrom(payments, asOf);
  const paidBefore = recordedBefore(payments, startDate);
  const years = Math.round(bundle.scenario.horizonMonths / 12);
  const confirmNone = (month: string) =>
    void saveHousehold({ confirmedNoPayment: [...confirmed, month].sort() });

  return (
    <section className="card as-lived" aria-labelledby="as-lived-title">
      <h2 id="as-lived-title">{t('payments.asLived.title', { date: format.date(asOf) })}</h2>
      <dl className="as-lived-figures">
        <div>
          <dt>{t('payments.asLived.paidSoFar')}</dt>
          <dd className="amount" data-testid="paid-so-far">
            {format.money(lived.paidSoFar)}
          </dd>
          <dd className="hint">{t('payments.asLived.paidSoFarHint')}</dd>
          {paidToday === null ? null : (
            <dd className="hint" data-testid="paid-today">
              {t('payments.asLived.paidToday', { amount: format.money(paidToday) })}
            </dd>
          )}
          {paidBefore === null ? null : (
            <dd className="hint" data-testid="paid-before-start">
              {t('payments.asLived.paidBeforeStart', {
                amount: format.money(paidBefore),
                date: format.date(startDate),
              })}
            </dd>
          )}
        </div>
        <div>
          <dt>{t('payments.asLived.leftToPay')}</dt>
          <dd className="amount" data-testid="left-to-pay">
            {format.money(lived.leftToPay)}
          </dd>
          <dd className="hint">
            {bundle.result.summary.debtFree
              ? t('payments.asLived.leftToPayHint')
              : t('payments.asLived.leftToPayNotAll', { years })}
          </dd>
        </div>
      </dl>
      {new Dec(lived.unapplied).isZero() ? null : (
        <p className="warning">
          {t('payments.asLived.unapplied', { amount: format.money(lived.unapplied) })}
        </p>
      )}
      {lived.unrecordedMonths.length > 0 ? (
        <>
          <p className="hint">{t('payments.asLived.unrecordedWhy')}</p>
          <ul className="unrecorded-months">
            {lived.unrecordedMonths.map((month) => (
              <li key={month}>
                {t('payments.asLived.unrecorded', { month: format.month(month) })}{' '}
                <a href={hrefOf('payments')}>{t('payments.asLived.record')}</a>{' '}
                <button type="button" onClick={() => confirmNone(month)}>
                  {t('payments.asLived.confirmNone')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
