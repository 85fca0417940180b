import { useTranslation } from 'react-i18next';
import { Dec, formatMoney } from '../../core/money';
import type { DebtRow, PaymentRow } from '../db/AppDB';
import { deletePayment } from '../db/payments';
import { useOfferUndo } from '../forms/Undo';
import { useFormat } from '../format/useFormat';
import { ReceiptThumb } from './ReceiptThumb';

/** The sum of some payments, as the model's decimal text. */
export function totalOf(payments: readonly PaymentRow[]): string {
  return formatMoney(payments.reduce((sum, payment) => sum.plus(payment.amount), new Dec(0)));
}

/** Recorded payments, newest first, each with its receipt; edit and delete (with undo). */
export function PaymentList({
  payments,
  debts,
  onEdit,
}: {
  payments: readonly PaymentRow[];
  debts: readonly DebtRow[];
  onEdit: (payment: PaymentRow) => void;
}) {
  const { t } = useTranslation();
  const { money, date } = useFormat();
  const offerUndo = useOfferUndo();
  const lenderOf = (debtId: string) => debts.find((debt) => debt.id === debtId)?.name ?? debtId;
  if (payments.length === 0) return <p>{t('payments.empty')}</p>;
  return (
    <>
      <p>{t('payments.total', { count: payments.length, amount: money(totalOf(payments)) })}</p>
      <table className="data payments-table">
        <thead>
          <tr>
            <th scope="col">{t('payments.date')}</th>
            <th scope="col">{t('payments.debt')}</th>
            <th scope="col" className="amount">
              {t('payments.amount')}
            </th>
            <th scope="col">{t('payments.channel')}</th>
            <th scope="col">{t('payments.note')}</th>
            <th scope="col">{t('payments.receiptColumn')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('payments.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {payments.map((payment) => {
            const described = {
              date: date(payment.date),
              lender: lenderOf(payment.debtId),
              amount: money(payment.amount),
            };
            return (
              <tr key={payment.id}>
                <td>{described.date}</td>
                <td>{described.lender}</td>
                <td className="amount">{described.amount}</td>
                <td>{t(`payments.channels.${payment.channel}`)}</td>
                <td>{payment.note}</td>
                <td>
                  {payment.receipt ? (
                    <ReceiptThumb
                      receipt={payment.receipt}
                      alt={t('payments.receiptAlt', described)}
                    />
                  ) : null}
                </td>
                <td className="row-actions">
                  <button type="button" onClick={() => onEdit(payment)}>
                    {t('payments.edit')}
                  </button>
                  <button
                    type="button"
                    onClick={() =>
                      void deletePayment(payment.id).then((undo) =>
                        offerUndo(t('payments.deleted', described), undo),
                      )
                    }
                  >
                    {t('payments.delete')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
