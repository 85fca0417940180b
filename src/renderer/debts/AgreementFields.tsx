import { useTranslation } from 'react-i18next';
import { normalizeNumberText } from '../forms/amountText';
import { CheckboxField, DateField, MoneyField, SelectField, TextField } from '../forms/inputs';
import {
  type AgreementForm,
  type AgreementStatus,
  type OnBreak,
  agreementStatuses,
  onBreakChoices,
  waiverParts,
} from './agreementForm';
import { errorsAt } from './validation';

type Of<K extends AgreementForm['kind']> = Extract<AgreementForm, { kind: K }>;

interface Props<A extends AgreementForm = AgreementForm> {
  index: number;
  agreement: A;
  onChange: (next: A) => void;
  errors: Map<string, string[]>;
  currencySymbol: string;
}

/** One agreement: its date and status, then what it grants. */
export function AgreementFields({
  index,
  agreement,
  onChange,
  onRemove,
  errors,
  currencySymbol,
}: Props & { onRemove: () => void }) {
  const { t } = useTranslation();
  const at = (field: string) => errorsAt(errors, `agreements[${index}].${field}`);
  const number = index + 1;
  const kind = t(`debts.agreements.kinds.${agreement.kind}`);
  const common = { index, errors, currencySymbol };
  return (
    <fieldset className="debts-agreement">
      <legend>{t('debts.agreements.itemTitle', { index: number, kind })}</legend>
      <div className="debts-row">
        <DateField
          label={t('debts.agreements.date')}
          value={agreement.date}
          onChange={(date) => onChange({ ...agreement, date })}
          errors={at('date')}
        />
        <SelectField<AgreementStatus>
          label={t('debts.agreements.status')}
          value={agreement.status}
          onChange={(status) => onChange({ ...agreement, status })}
          options={agreementStatuses.map((value) => ({
            value,
            label: t(`debts.agreements.statuses.${value}`),
          }))}
          errors={at('status')}
        />
      </div>
      {agreement.kind === 'waiver' ? (
        <WaiverFields {...common} agreement={agreement} onChange={onChange} />
      ) : null}
      {agreement.kind === 'installment' ? (
        <InstallmentFields {...common} agreement={agreement} onChange={onChange} />
      ) : null}
      {agreement.kind === 'settlement' ? (
        <MoneyField
          label={t('debts.agreements.amount')}
          value={agreement.amount}
          onChange={(amount) => onChange({ ...agreement, amount })}
          errors={at('amount')}
          currencySymbol={currencySymbol}
        />
      ) : null}
      <div>
        <button type="button" className="danger" onClick={onRemove}>
          {t('debts.agreements.remove', { index: number })}
        </button>
      </div>
    </fieldset>
  );
}

function WaiverFields({ index, agreement, onChange, errors, currencySymbol }: Props<Of<'waiver'>>) {
  const { t } = useTranslation();
  return (
    <>
      <div className="debts-row">
        {waiverParts.map((part) => (
          <div key={part} className="debts-waiver-part">
            <MoneyField
              label={t(`debts.agreements.waive.${part}`)}
              value={agreement[part].all ? '' : agreement[part].amount}
              onChange={(amount) => onChange({ ...agreement, [part]: { all: false, amount } })}
              errors={errorsAt(errors, `agreements[${index}].${part}`)}
              currencySymbol={currencySymbol}
            />
            <CheckboxField
              label={t(`debts.agreements.waiveAll.${part}`)}
              checked={agreement[part].all}
              onChange={(all) => onChange({ ...agreement, [part]: { all, amount: '' } })}
            />
          </div>
        ))}
      </div>
      <p className="hint">{t('debts.agreements.waiverHint')}</p>
    </>
  );
}

function InstallmentFields({ index, agreement, onChange, errors }: Props<Of<'installment'>>) {
  const { t } = useTranslation();
  const at = (field: string) => errorsAt(errors, `agreements[${index}].${field}`);
  const interestStop =
    /^0*(\.0*)?$/.test(agreement.ratePercent.trim()) && agreement.ratePercent.trim() !== '';
  const waive = (key: 'waivePenalty' | 'waiveInterest' | 'waiveFees') => (
    <CheckboxField
      label={t(`debts.agreements.${key}`)}
      checked={agreement[key]}
      onChange={(checked) => onChange({ ...agreement, [key]: checked })}
    />
  );
  return (
    <>
      <div className="debts-row">
        <TextField
          label={t('debts.agreements.months')}
          hint={t('debts.agreements.monthsHint')}
          value={agreement.months}
          onChange={(months) => onChange({ ...agreement, months: normalizeNumberText(months) })}
          errors={at('months')}
        />
        <SelectField
          label={t('debts.agreements.method')}
          value={agreement.method}
          onChange={(method) => onChange({ ...agreement, method })}
          options={(['equalPayment', 'flatFee'] as const).map((value) => ({
            value,
            label: t(`debts.agreements.methods.${value}`),
          }))}
          errors={at('method')}
        />
        <TextField
          label={t('debts.agreements.rate')}
          hint={interestStop ? t('debts.agreements.interestStop') : t('debts.agreements.rateHint')}
          value={agreement.ratePercent}
          onChange={(rate) => onChange({ ...agreement, ratePercent: normalizeNumberText(rate) })}
          errors={at('rate')}
        />
      </div>
      <div className="debts-row">
        {waive('waivePenalty')}
        {waive('waiveInterest')}
        {waive('waiveFees')}
      </div>
      <SelectField<OnBreak>
        label={t('debts.agreements.onBreak')}
        hint={t('debts.agreements.onBreakHint')}
        value={agreement.onBreak ?? 'keep'}
        onChange={(onBreak) => onChange({ ...agreement, onBreak })}
        options={onBreakChoices.map((value) => ({
          value,
          label: t(`debts.agreements.onBreakChoices.${value}`),
        }))}
        errors={at('onBreak')}
      />
    </>
  );
}
