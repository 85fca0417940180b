import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RateSpec } from '../../core/scenario/types';
import { Field } from './Field';
import { normalizeNumberText } from './amountText';
import {
  type RateUnit,
  rateFromPercent,
  rateInAllUnits,
  ratePercentOf,
  rateUnitOf,
  rateUnits,
} from './ratePercent';

/**
 * A rate typed as a percentage per day, month or year, with the conversion shown live
 * (0.05 %/day = 18.25 %/year), since lenders quote in different units.
 */
export function RateField({
  label,
  value,
  onChange,
  errors,
  hint,
}: {
  label: ReactNode;
  value: RateSpec | undefined;
  onChange: (value: RateSpec | undefined) => void;
  errors?: readonly string[] | undefined;
  hint?: ReactNode;
}) {
  const { t } = useTranslation();
  // The unit picked while the field is still empty, so it is not lost before a number is typed.
  const [emptyUnit, setEmptyUnit] = useState<RateUnit>('daily');
  const unit = value ? rateUnitOf(value) : emptyUnit;
  const percent = ratePercentOf(value);
  const all = rateInAllUnits(value);
  const conversion = all
    ? t('forms.rateConversion', { daily: all.daily, monthly: all.monthly, annual: all.annual })
    : null;
  return (
    <Field
      label={label}
      errors={errors}
      hint={
        <>
          {hint}
          {hint && conversion ? ' ' : null}
          {conversion ? <output>{conversion}</output> : null}
        </>
      }
    >
      {(control) => (
        <span className="input-with-unit">
          <input
            {...control}
            inputMode="decimal"
            autoComplete="off"
            value={percent}
            onChange={(event) =>
              onChange(rateFromPercent(unit, normalizeNumberText(event.target.value)))
            }
          />
          <select
            aria-label={t('forms.rateUnit')}
            value={unit}
            onChange={(event) => {
              const next = event.target.value as RateUnit;
              setEmptyUnit(next);
              onChange(rateFromPercent(next, percent));
            }}
          >
            {rateUnits.map((option) => (
              <option key={option} value={option}>
                {t(`forms.percentPer.${option}`)}
              </option>
            ))}
          </select>
        </span>
      )}
    </Field>
  );
}
