import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, MoneyField, SelectField, TextField } from '../forms/inputs';
import { normalizeNumberText } from '../forms/amountText';
import type { DebtForm, LateFeeKind, MinimumKind } from './debtForm';
import type { FormPartProps } from './fieldProps';
import { errorsAt } from './validation';

const termKeys = ['accrual', 'penaltyBase', 'compound', 'minimumPayment', 'lateFee'];
const minimumKinds: readonly MinimumKind[] = [
  'none',
  'percentOfBalance',
  'fixed',
  'interestPlusPercent',
];
const lateFeeKinds: readonly LateFeeKind[] = ['none', 'fixed', 'percentOfShortfall'];

/**
 * The contract's finer terms, folded away so the form is not overwhelming; it opens by itself
 * when something in it needs fixing.
 */
export function TermsFields(props: FormPartProps & { typical: boolean }) {
  const { form, update, errors, typical } = props;
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const hasErrors = termKeys.some((key) => errorsAt(errors, key));
  return (
    <details
      className="debts-terms"
      open={open || hasErrors}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        {t('debts.form.terms')} <span className="hint">({t('debts.form.termsHint')})</span>
      </summary>
      <div className="debts-terms-body">
        {typical ? <p className="note debts-typical">{t('forms.typical')}</p> : null}
        <div className="debts-row">
          <SelectField
            label={t('debts.form.accrual')}
            value={form.accrual}
            onChange={(accrual) => update({ accrual })}
            options={(['daily', 'monthly'] as const).map((value) => ({
              value,
              label: t(`debts.form.accrualOptions.${value}`),
            }))}
            errors={errorsAt(errors, 'accrual')}
          />
          <SelectField
            label={t('debts.form.penaltyBase')}
            value={form.penaltyBase}
            onChange={(penaltyBase) => update({ penaltyBase })}
            options={(['principal', 'principalAndInterest'] as const).map((value) => ({
              value,
              label: t(`debts.form.penaltyBaseOptions.${value}`),
            }))}
            errors={errorsAt(errors, 'penaltyBase')}
          />
        </div>
        <CheckboxField
          label={t('debts.form.compound')}
          checked={form.compound}
          onChange={(compound) => update({ compound })}
        />
        <MinimumFields {...props} />
        <LateFeeFields {...props} />
      </div>
    </details>
  );
}

const percentText = (value: string) => normalizeNumberText(value);

function MinimumFields({ form, update, errors, currencySymbol }: FormPartProps) {
  const { t } = useTranslation();
  const minimum = form.minimum;
  const set = (patch: Partial<DebtForm['minimum']>) =>
    update({ minimum: { ...minimum, ...patch } });
  return (
    <div className="debts-rule">
      <SelectField
        label={t('debts.form.minimum')}
        value={minimum.kind}
        onChange={(kind) => set({ kind })}
        options={minimumKinds.map((value) => ({
          value,
          label: t(`debts.form.minimumOptions.${value}`),
        }))}
        errors={errors.get('minimumPayment') ?? errors.get('minimumPayment.kind')}
      />
      {minimum.kind === 'percentOfBalance' || minimum.kind === 'interestPlusPercent' ? (
        <div className="debts-row">
          <TextField
            label={t('debts.form.percent')}
            value={minimum.percent}
            onChange={(percent) => set({ percent: percentText(percent) })}
            errors={errorsAt(errors, 'minimumPayment.percent')}
          />
          <MoneyField
            label={t('debts.form.floor')}
            value={minimum.floor}
            onChange={(floor) => set({ floor })}
            errors={errorsAt(errors, 'minimumPayment.floor')}
            currencySymbol={currencySymbol}
          />
        </div>
      ) : null}
    </div>
  );
}

function LateFeeFields({ form, update, errors, currencySymbol }: FormPartProps) {
  const { t } = useTranslation();
  const lateFee = form.lateFee;
  const set = (patch: Partial<DebtForm['lateFee']>) =>
    update({ lateFee: { ...lateFee, ...patch } });
  const money = (key: 'amount' | 'min' | 'max', label: string) => (
    <MoneyField
      label={label}
      value={lateFee[key]}
      onChange={(value) => set({ [key]: value })}
      errors={errorsAt(errors, `lateFee.${key}`)}
      currencySymbol={currencySymbol}
    />
  );
  return (
    <div className="debts-rule">
      <SelectField
        label={t('debts.form.lateFee')}
        value={lateFee.kind}
        onChange={(kind) => set({ kind })}
        options={lateFeeKinds.map((value) => ({
          value,
          label: t(`debts.form.lateFeeOptions.${value}`),
        }))}
        errors={errors.get('lateFee') ?? errors.get('lateFee.kind')}
      />
      {lateFee.kind === 'fixed' ? money('amount', t('debts.form.amount')) : null}
      {lateFee.kind === 'percentOfShortfall' ? (
        <div className="debts-row">
          <TextField
            label={t('debts.form.percent')}
            value={lateFee.percent}
            onChange={(percent) => set({ percent: percentText(percent) })}
            errors={errorsAt(errors, 'lateFee.percent')}
          />
          {money('min', t('debts.form.lateFeeMin'))}
          {money('max', t('debts.form.lateFeeMax'))}
        </div>
      ) : null}
    </div>
  );
}
