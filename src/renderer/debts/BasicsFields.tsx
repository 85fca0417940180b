import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../forms/inputs';
import type { FormPartProps } from './fieldProps';
import { kindOptionLabel } from './kindLabel';
import { isPresetId, presetIds } from './presets';
import { errorsAt } from './validation';

/** The debt's name, kind (a preset id, display only) and the day of the month it is due. */
export function BasicsFields({ form, update, errors }: FormPartProps) {
  const { t } = useTranslation();
  // A kind from an imported file that is not one of ours stays selectable as it is.
  const kinds = isPresetId(form.kind) ? presetIds : [...presetIds, form.kind];
  return (
    <>
      <div className="debts-row">
        <TextField
          label={t('debts.form.name')}
          hint={t('debts.form.nameHint')}
          value={form.name}
          onChange={(name) => update({ name })}
          errors={errorsAt(errors, 'name')}
        />
        <SelectField
          label={t('debts.form.kind')}
          value={form.kind}
          onChange={(kind) => update({ kind })}
          options={kinds.map((value) => ({
            value,
            label: kindOptionLabel(value, t),
          }))}
          errors={errorsAt(errors, 'kind')}
        />
        <TextField
          label={t('debts.form.dueDay')}
          hint={t('debts.form.dueDayHint')}
          value={form.dueDay}
          onChange={(dueDay) => update({ dueDay })}
          errors={errorsAt(errors, 'dueDay')}
        />
      </div>
      {form.kind === 'creditCard' ? (
        <p className="hint">{t('debts.presetNotes.creditCard')}</p>
      ) : null}
    </>
  );
}
