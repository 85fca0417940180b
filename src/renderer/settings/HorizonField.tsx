import { useHouseholdData } from '../plan/PlanContext';
import { useTranslation } from 'react-i18next';
import { saveHousehold } from '../db/household';
import { DEFAULT_HORIZON_MONTHS } from '../db/scenarioRows';
import { SelectField } from '../forms/inputs';

/** Plans a household can read: long enough to see the end, short of compounded fantasy. */
const yearChoices = [3, 5, 10, 20, 30, 50] as const;

/**
 * How far ahead the plan looks (the household's horizonMonths; ten years when unset). A horizon
 * from an imported file that is not a whole number of the offered years stays listed as it is.
 */
export function HorizonField() {
  const { t } = useTranslation();
  // The household the plan is made from, read once for every view (PlanProvider).
  const { household: data } = useHouseholdData();
  if (!data) return null;
  const months = data.household.horizonMonths ?? DEFAULT_HORIZON_MONTHS;
  const choices: number[] = yearChoices.map((years) => years * 12);
  if (!choices.includes(months)) choices.push(months);
  return (
    <SelectField
      label={t('settings.horizon')}
      value={String(months)}
      onChange={(value) => void saveHousehold({ horizonMonths: Number(value) })}
      hint={t('settings.horizonHint')}
      options={choices
        .sort((a, b) => a - b)
        .map((count) => ({
          value: String(count),
          label:
            count % 12 === 0
              ? t('settings.horizonYears', { count: count / 12 })
              : t('settings.horizonMonths', { count }),
        }))}
    />
  );
}
