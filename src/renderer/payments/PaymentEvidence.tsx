import { useTranslation } from 'react-i18next';
import type { PaymentRow } from '../db/AppDB';
import { useFormat } from '../format/useFormat';
import { totalOf } from './PaymentList';

/**
 * One lender's payments as evidence: what was paid, when and how, oldest first — in the
 * negotiation workspace and in the PDF, where a disputed payment is argued.
 */
export function PaymentEvidence({
  payments,
  heading: Heading = 'h3',
}: {
  payments: readonly PaymentRow[];
  heading?: 'h2' | 'h3' | 'h4';
}) {
  const { t } = useTranslation();
  const { money, date } = useFormat();
  return (
    <section className="payment-evidence">
      <Heading>{t('payments.evidenceTitle')}</Heading>
      {payments.length === 0 ? (
        <p>{t('payments.evidenceEmpty')}</p>
      ) : (
        <>
          <p>{t('payments.evidenceTotal', { amount: money(totalOf(payments)) })}</p>
          <ul>
            {payments.map((payment) => (
              <li key={payment.id}>
                {date(payment.date)} · {money(payment.amount)} ·{' '}
                {t(`payments.channels.${payment.channel}`)}
                {payment.note ? ` — ${payment.note}` : ''}
                {payment.receipt ? ` (${t('payments.receiptKept')})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
