import { useTranslation } from 'react-i18next';
import { MoneyField } from '../forms/inputs';
import type { FormPartProps } from './fieldProps';
import { errorsAt } from './validation';

/**
 * 每期应还: what a loan repaid in fixed installments asks each month, the person's own figure.
 * It is the debt's fixed minimum payment (model §6), asked beside the balance rather than among
 * the folded contract terms, because without it the plan would see nothing due.
 */
export function InstallmentField({ form, update, errors, currencySymbol }: FormPartProps) {
  const { t } = useTranslation();
  if (form.minimum.kind !== 'fixed') return null;
  return (
    <MoneyField
      className="debts-installment"
      label={t('debts.form.installment')}
      hint={t(form.allOverdue ? 'debts.form.installmentHintOverdue' : 'debts.form.installmentHint')}
      value={form.minimum.amount}
      onChange={(amount) => update({ minimum: { ...form.minimum, amount } })}
      errors={errorsAt(errors, 'minimumPayment.amount')}
      currencySymbol={currencySymbol}
    />
  );
}
