import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STRATEGIES } from '../../core/scenario/schema';
import type { PlanVariantInput, Strategy } from '../../core/scenario/types';
import { SelectField, TextField } from '../forms/inputs';
import { PlanRateChanges } from './PlanRateChanges';

const delayChoices = [0, 1, 2, 3, 6, 12] as const;

export interface PlanEdit {
  name: string;
  variant: PlanVariantInput;
}

/**
 * A 方案's name, strategy, start delay and rate changes: what a person changes once it is
 * saved (its money and agreements come from the what-if or the proposal it was saved from).
 */
export function PlanForm({
  initial,
  debts,
  onSave,
  onCancel,
}: {
  initial: PlanEdit;
  debts: readonly { id: string; name: string }[];
  onSave: (edit: PlanEdit) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial.name);
  const [strategy, setStrategy] = useState<Strategy | ''>(initial.variant.strategy ?? '');
  const [delay, setDelay] = useState(String(initial.variant.delayMonths ?? 0));
  const [rateChanges, setRateChanges] = useState(initial.variant.rateChanges ?? []);
  const [tried, setTried] = useState(false);
  const nameError = name.trim() === '' ? [t('plans.form.nameRequired')] : undefined;
  const delays = delayChoices.includes(Number(delay) as 0)
    ? delayChoices
    : [...delayChoices, Number(delay)];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (nameError) return;
    const { strategy: _s, delayMonths: _d, rateChanges: _r, ...rest } = initial.variant;
    onSave({
      name: name.trim(),
      variant: {
        ...rest,
        ...(strategy ? { strategy } : {}),
        ...(delay !== '0' ? { delayMonths: Number(delay) } : {}),
        ...(rateChanges.length > 0 ? { rateChanges } : {}),
      },
    });
  };

  return (
    <form className="form plan-form" onSubmit={submit} noValidate>
      <TextField
        label={t('plans.form.name')}
        value={name}
        onChange={setName}
        errors={tried ? nameError : undefined}
      />
      <SelectField
        label={t('plans.form.strategy')}
        value={strategy}
        onChange={setStrategy}
        options={[
          { value: '', label: t('plans.form.keepStrategy') },
          ...STRATEGIES.map((value) => ({ value, label: t(`strategies.names.${value}`) })),
        ]}
      />
      <SelectField
        label={t('plans.form.delay')}
        value={delay}
        onChange={setDelay}
        options={delays.map((count) => ({
          value: String(count),
          label: count === 0 ? t('strategies.noDelay') : t('strategies.delayOption', { count }),
        }))}
      />
      <PlanRateChanges changes={rateChanges} debts={debts} onChange={setRateChanges} />
      <div className="actions">
        <button type="submit" className="primary">
          {t('plans.form.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('plans.cancel')}
        </button>
      </div>
    </form>
  );
}
