import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkDate } from '../../core/scenario/fields';
import type { PlanVariantInput, RateSpec } from '../../core/scenario/types';
import { validateRate } from '../../core/scenario/validate';
import { DateField, SelectField } from '../forms/inputs';
import { RateField } from '../forms/RateField';
import { useFormat } from '../format/useFormat';
import { issueText } from '../validation/issueText';

type RateChanges = NonNullable<PlanVariantInput['rateChanges']>;

/**
 * A 方案's rate changes (model §12): "if 借呗 lowered its rate from March". Each names a debt, a
 * date and the interest rate from then on; a change is added only once it is valid, with the
 * reason next to the field otherwise.
 */
export function PlanRateChanges({
  changes,
  debts,
  onChange,
}: {
  changes: RateChanges;
  debts: readonly { id: string; name: string }[];
  onChange: (changes: RateChanges) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [debtId, setDebtId] = useState(debts[0]?.id ?? '');
  const [date, setDate] = useState('');
  const [rate, setRate] = useState<RateSpec | undefined>(undefined);
  const [tried, setTried] = useState(false);
  const lender = (id: string) => debts.find((debt) => debt.id === id)?.name ?? id;

  const dateProblem = date === '' ? null : checkDate(date);
  const rateCheck = rate ? validateRate(rate) : null;
  const dateErrors =
    date === ''
      ? [t('plans.rateChange.dateRequired')]
      : dateProblem
        ? [t(`issues.${dateProblem.code}`, dateProblem.params)]
        : undefined;
  const rateErrors = !rateCheck
    ? [t('plans.rateChange.rateRequired')]
    : rateCheck.ok
      ? undefined
      : rateCheck.issues.map((issue) => issueText(issue, t));

  const add = () => {
    setTried(true);
    if (dateErrors || rateErrors || !rate || debtId === '') return;
    onChange([...changes, { debtId, change: { date, interestRate: rate } }]);
    setDate('');
    setRate(undefined);
    setTried(false);
  };

  return (
    <fieldset className="plan-rate-changes">
      <legend>{t('plans.rateChange.legend')}</legend>
      {changes.length > 0 ? (
        <ul className="plan-changes">
          {changes.map(({ debtId: id, change }, index) => {
            const text = t('plans.changes.rateChange', {
              lender: lender(id),
              date: format.date(change.date),
            });
            return (
              <li key={`${id}-${change.date}-${index}`}>
                {text}{' '}
                <button
                  type="button"
                  aria-label={t('plans.rateChange.removeNamed', { change: text })}
                  onClick={() => onChange(changes.filter((_, i) => i !== index))}
                >
                  {t('plans.rateChange.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <SelectField
        label={t('plans.rateChange.debt')}
        value={debtId}
        onChange={setDebtId}
        options={debts.map((debt) => ({ value: debt.id, label: debt.name }))}
      />
      <DateField
        label={t('plans.rateChange.date')}
        value={date}
        onChange={setDate}
        errors={tried ? dateErrors : undefined}
      />
      <RateField
        label={t('plans.rateChange.rate')}
        value={rate}
        onChange={setRate}
        errors={tried ? rateErrors : undefined}
      />
      <button type="button" onClick={add}>
        {t('plans.rateChange.add')}
      </button>
    </fieldset>
  );
}
