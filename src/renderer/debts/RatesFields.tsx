import { useTranslation } from 'react-i18next';
import { RateField } from '../forms/RateField';
import { rateInAllUnits } from '../forms/ratePercent';
import { Dec } from '../../core/money';
import type { FormPartProps } from './fieldProps';
import { LPR_ONE_YEAR_PERCENT, PROTECTED_LPR_MULTIPLE } from './presets';
import { errorsAt } from './validation';

/** Interest and penalty interest rates, typed in whichever unit the contract uses. */
export function RatesFields({
  form,
  update,
  errors,
  typical,
}: FormPartProps & { typical: boolean }) {
  const { t } = useTranslation();
  return (
    <fieldset className="debts-group">
      <legend>{t('debts.form.ratesLegend')}</legend>
      {typical ? <p className="note debts-typical">{t('forms.typical')}</p> : null}
      <RateField
        label={t('debts.form.interestRate')}
        hint={t('debts.form.interestRateHint')}
        value={form.interestRate}
        onChange={(interestRate) => update({ interestRate })}
        errors={errorsAt(errors, 'interestRate')}
      />
      <RateField
        label={t('debts.form.penaltyRate')}
        hint={t('debts.form.penaltyRateHint')}
        value={form.penaltyRate}
        onChange={(penaltyRate) => update({ penaltyRate })}
        errors={errorsAt(errors, 'penaltyRate')}
      />
      {form.kind === 'privateLoan' ? <PrivateLoanWarning form={form} /> : null}
    </fieldset>
  );
}

/** Courts do not protect private-lending interest above 4 × the one-year LPR. */
function PrivateLoanWarning({ form }: { form: FormPartProps['form'] }) {
  const { t } = useTranslation();
  const limit = new Dec(LPR_ONE_YEAR_PERCENT).times(PROTECTED_LPR_MULTIPLE).toFixed();
  const annual = rateInAllUnits(form.interestRate)?.annual;
  const above = annual !== undefined && new Dec(annual).gt(limit);
  return (
    <p className="note warning" role="note">
      {t('debts.privateLoan.warning', { lpr: LPR_ONE_YEAR_PERCENT, limit })}
      {above ? <> {t('debts.privateLoan.above', { annual, limit })}</> : null}
    </p>
  );
}
