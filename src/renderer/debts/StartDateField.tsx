import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateSchema } from '../../core';
import { DateField } from '../forms/inputs';
import { saveHousehold } from '../db/household';

/**
 * The day the balances are as of, where the plan starts (model §2). Saved as soon as it is a
 * real date; until then the last good date stays stored. Remount (key) when the stored date
 * changes elsewhere.
 */
export function StartDateField({ startDate }: { startDate: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState(startDate);
  const valid = dateSchema.safeParse(text).success;
  const errors = valid ? undefined : [t(text === '' ? 'issues.required' : 'issues.date.invalid')];
  return (
    <DateField
      className="debts-start-date"
      label={t('debts.startDate.label')}
      hint={t('debts.startDate.hint')}
      errors={errors}
      value={text}
      onChange={(value) => {
        setText(value);
        if (dateSchema.safeParse(value).success) void saveHousehold({ startDate: value });
      }}
    />
  );
}
