import { useTranslation } from 'react-i18next';
import type { RateChange } from '../../core/scenario/types';
import { DateField } from '../forms/inputs';
import { RateField } from '../forms/RateField';
import type { FormPartProps } from './fieldProps';
import { errorsAt } from './validation';

const rateKeys = ['interestRate', 'penaltyRate'] as const;
type RateKey = (typeof rateKeys)[number];

/**
 * Rates as they change (model §12): "the promotional rate ends on…", "the lender lowered the
 * penalty on…". Each change names a date and the rates it replaces from then on; a rate left
 * empty stays as it was.
 */
export function RateChangesFields({ form, update, errors }: FormPartProps) {
  const { t } = useTranslation();
  const changes = form.rateChanges ?? [];
  const replace = (index: number, next: RateChange | null) =>
    update({
      rateChanges: next
        ? changes.map((old, i) => (i === index ? next : old))
        : changes.filter((_, i) => i !== index),
    });
  const without = (change: RateChange, key: RateKey) => {
    const { [key]: _dropped, ...rest } = change;
    return rest;
  };
  return (
    <fieldset className="debts-group rate-changes">
      <legend>{t('debts.rateChanges.legend')}</legend>
      <p className="hint">{t('debts.rateChanges.hint')}</p>
      {changes.map((change, index) => {
        const at = (field: string) => errorsAt(errors, `rateChanges[${index}]${field}`);
        // A change naming no rate at all is a problem of the change itself: shown by its date.
        const dateErrors = [...(at('.date') ?? []), ...(errors.get(`rateChanges[${index}]`) ?? [])];
        return (
          <div
            className="debts-row rate-change"
            role="group"
            aria-label={t('debts.rateChanges.item', { index: index + 1 })}
            // Changes have no id; the list grows at its end and a removal re-renders the rest.
            key={index}
          >
            <DateField
              label={t('debts.rateChanges.date')}
              value={change.date}
              onChange={(date) => replace(index, { ...change, date })}
              errors={dateErrors.length > 0 ? dateErrors : undefined}
            />
            {rateKeys.map((key) => (
              <RateField
                key={key}
                label={t(`debts.rateChanges.${key}`)}
                value={change[key]}
                onChange={(rate) =>
                  replace(index, rate ? { ...change, [key]: rate } : without(change, key))
                }
                errors={at(`.${key}`)}
              />
            ))}
            <button type="button" onClick={() => replace(index, null)}>
              {t('debts.rateChanges.remove', { index: index + 1 })}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => update({ rateChanges: [...changes, { date: '' }] })}>
        {t('debts.rateChanges.add')}
      </button>
    </fieldset>
  );
}
