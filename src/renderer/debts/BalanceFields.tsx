import { useTranslation } from 'react-i18next';
import { CheckboxField, DateField, MoneyField } from '../forms/inputs';
import { formatMoney } from '../format/money';
import { formatDate } from '../format/dates';
import { useSettings } from '../settings/SettingsContext';
import { balanceOf } from './balance';
import { formIsOverdue } from './debtForm';
import type { FormPartProps } from './fieldProps';
import { errorsAt } from './validation';

/** Principal, what of it is overdue, and what has been charged and not paid (model §4). */
export function BalanceFields({
  form,
  update,
  errors,
  currencySymbol,
  startDate,
}: FormPartProps & { startDate: string }) {
  const { t } = useTranslation();
  const { currency, language } = useSettings();
  const money = (key: 'principal' | 'overduePrincipal' | 'interest' | 'penalty' | 'fees') => ({
    label: t(`debts.form.${key}`),
    value: form[key],
    onChange: (value: string) => update({ [key]: value }),
    errors: errorsAt(errors, key),
    currencySymbol,
  });
  return (
    <fieldset className="debts-group">
      <legend>{t('debts.form.balanceLegend', { date: formatDate(startDate, language) })}</legend>
      <MoneyField {...money('principal')} hint={t('debts.form.principalHint')} />
      <CheckboxField
        label={t('debts.form.allOverdue')}
        hint={t('debts.form.allOverdueHint')}
        checked={form.allOverdue}
        onChange={(allOverdue) => update({ allOverdue })}
      />
      {form.allOverdue ? null : (
        <MoneyField
          {...money('overduePrincipal')}
          errors={errorsAt(errors, 'overduePrincipal') ?? errorsAt(errors, 'overdue')}
          hint={t('debts.form.overduePrincipalHint')}
        />
      )}
      {formIsOverdue(form) ? (
        <DateField
          label={t('debts.form.overdueSince')}
          hint={t('debts.form.overdueSinceHint')}
          value={form.overdueSince}
          onChange={(overdueSince) => update({ overdueSince })}
          errors={errorsAt(errors, 'overdueSince')}
        />
      ) : null}
      <div className="debts-row">
        <MoneyField {...money('interest')} />
        <MoneyField {...money('penalty')} />
        <MoneyField {...money('fees')} />
      </div>
      <p className="hint">{t('debts.form.partsHint')}</p>
      <p className="debts-total">
        <output>
          {t('debts.form.balanceTotal', {
            amount: formatMoney(balanceOf(form), currency, language),
          })}
        </output>
      </p>
    </fieldset>
  );
}
