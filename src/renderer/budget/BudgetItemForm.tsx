import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetItemRow, BudgetTable } from '../db/AppDB';
import { MoneyField, MonthField, SelectField, TextField } from '../forms/inputs';
import { useFormDraft } from '../db/drafts';
import { saveBudgetItem } from '../db/household';
import { type Editing, type ItemDraft, budgetDraftKey, checkDraft, frequencies } from './itemDraft';
import { monthOfYearName } from './itemText';

const fieldKeys = ['name', 'amount', 'month', 'startMonth', 'endMonth'] as const;
type FieldKey = (typeof fieldKeys)[number];
const monthsOfYear = Array.from({ length: 12 }, (_, index) => String(index + 1));

/**
 * Adds or edits one income, fixed cost or obligation. The engine's rules check every keystroke;
 * nothing reaches the database until the whole item is valid, so the last good version stays.
 */
export function BudgetItemForm({
  table,
  index,
  initial,
  id,
  title,
  currencySymbol,
  language,
  onClose,
}: {
  table: BudgetTable;
  /** Where the item sits (or will sit) in its list: issues point at the same path as a file's. */
  index: number;
  initial: ItemDraft;
  /** The stored item's id when editing; absent when adding. */
  id?: string;
  title: string;
  currencySymbol: string;
  language: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const editing: Editing = id === undefined ? { kind: 'new' } : { kind: 'edit', id };
  const [draft, keep, discard] = useFormDraft<ItemDraft, Editing>(
    budgetDraftKey(table),
    id ?? 'new',
    editing,
    initial,
  );
  // Saved, cancelled or escaped: what was typed has gone where it belongs, or was dropped.
  const close = () => {
    discard();
    onClose();
  };
  // A new, empty item is not scolded before the person has typed anything; an edited one is.
  const [touched, setTouched] = useState<ReadonlySet<string>>(
    () => new Set(id === undefined ? [] : fieldKeys),
  );
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  const check = checkDraft(draft, table, index, t);
  const visible = [...check.errors.keys()].filter((key) => touched.has(key));
  const errorsOf = (key: FieldKey) => (touched.has(key) ? check.errors.get(key) : undefined);

  const update = (patch: Partial<ItemDraft>, ...fields: FieldKey[]) => {
    keep(patch);
    setTouched((current) => new Set([...current, ...fields]));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (!check.ok) {
      // Saving shows every problem, also in fields not yet touched: never a silent grey button.
      setTouched(new Set(fieldKeys));
      return;
    }
    const row: Omit<BudgetItemRow, 'id' | 'order'> & { id?: string } = { ...check.item };
    if (id !== undefined) row.id = id;
    // The write starts before the busy state renders: the database works meanwhile, instead of
    // its first answer waiting behind that render.
    const saved = saveBudgetItem(table, row);
    setSaving(true);
    setSaveError(null);
    try {
      await saved;
      close();
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
      setSaving(false);
    }
  };

  return (
    <form
      ref={formRef}
      className="form budget-item-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <h3 id={titleId}>{title}</h3>
      <div className="budget-item-fields">
        <TextField
          label={t('budget.item.name')}
          value={draft.name}
          onChange={(name) => update({ name }, 'name')}
          errors={errorsOf('name')}
        />
        <MoneyField
          label={t('budget.item.amount')}
          value={draft.amount}
          currencySymbol={currencySymbol}
          onChange={(amount) => update({ amount }, 'amount')}
          errors={errorsOf('amount')}
        />
        <SelectField
          label={t('budget.item.frequency')}
          value={draft.frequency}
          options={frequencies.map((value) => ({ value, label: t(`budget.frequency.${value}`) }))}
          // Its month is asked for once the person has had a chance to choose it (or saves).
          onChange={(frequency) => update({ frequency })}
        />
        {draft.frequency === 'yearly' ? (
          <SelectField
            label={t('budget.item.monthOfYear')}
            value={draft.monthOfYear}
            options={[
              { value: '', label: t('budget.item.chooseMonth') },
              ...monthsOfYear.map((value) => ({
                value,
                label: monthOfYearName(Number(value), language),
              })),
            ]}
            onChange={(monthOfYear) => update({ monthOfYear }, 'month')}
            errors={errorsOf('month')}
          />
        ) : null}
        {draft.frequency === 'once' ? (
          <MonthField
            label={t('budget.item.onceMonth')}
            value={draft.onceMonth}
            onChange={(onceMonth) => update({ onceMonth }, 'month')}
            errors={errorsOf('month')}
          />
        ) : null}
        {draft.frequency !== 'once' ? (
          <>
            <MonthField
              label={t('budget.item.startMonth')}
              value={draft.startMonth}
              onChange={(startMonth) => update({ startMonth }, 'startMonth')}
              errors={errorsOf('startMonth')}
            />
            <MonthField
              label={t('budget.item.endMonth')}
              value={draft.endMonth}
              onChange={(endMonth) => update({ endMonth }, 'endMonth')}
              errors={errorsOf('endMonth')}
              hint={t('budget.item.startEndHint')}
            />
          </>
        ) : null}
      </div>
      {visible.length > 0 ? (
        <p className="error">{t('forms.unsavedErrors', { count: visible.length })}</p>
      ) : null}
      {saveError !== null ? (
        <p className="error" role="alert">
          {t('budget.item.saveFailed', { detail: saveError })}
        </p>
      ) : null}
      <div className="budget-form-actions">
        <button type="submit" className="primary" disabled={visible.length > 0 || saving}>
          {t('forms.save')}
        </button>
        <button type="button" onClick={close}>
          {t('forms.cancel')}
        </button>
      </div>
    </form>
  );
}
