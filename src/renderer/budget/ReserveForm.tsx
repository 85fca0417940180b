import { type FormEvent, useState } from 'react';
import { useFormDraft } from '../db/drafts';
import { useTranslation } from 'react-i18next';
import type { HouseholdRow } from '../db/AppDB';
import { normalizeNumberText } from '../forms/amountText';
import { currencySymbol } from '../forms/currencySymbol';
import { MoneyField, SelectField, TextField } from '../forms/inputs';
import { saveHousehold } from '../db/household';
import {
  type ReserveDraft,
  checkReserveDraft,
  draftFromHousehold,
  reserveModes,
} from './reserveDraft';

type FieldKey = 'percent' | 'amount' | 'limit';

const RESERVE_DRAFT_KEY = 'reserve';

/** The safety reserve (none, a share of income, a fixed amount) and the optional payment limit. */
export function ReserveForm({
  household,
  currency,
  language,
}: {
  household: HouseholdRow;
  currency: string;
  language: string;
}) {
  const { t } = useTranslation();
  const stored = draftFromHousehold(household);
  const storedKey = JSON.stringify(stored);
  // The draft belongs to the values it was typed over: once they change (this form saved, or
  // an import replaced the household) it is stale and the stored values show.
  const [draft, keep, discard] = useFormDraft<ReserveDraft, undefined>(
    RESERVE_DRAFT_KEY,
    storedKey,
    undefined,
    stored,
  );
  const [base, setBase] = useState(storedKey);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [saved, setSaved] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  // React's pattern for state derived from props, without an effect.
  if (base !== storedKey) {
    setBase(storedKey);
    setTouched(new Set());
  }

  const check = checkReserveDraft(draft, t);
  const dirty = JSON.stringify(draft) !== storedKey;
  const visible = [...check.errors.keys()].filter((key) => touched.has(key));
  const errorsOf = (key: FieldKey) => (touched.has(key) ? check.errors.get(key) : undefined);

  const update = (patch: Partial<ReserveDraft>, field?: FieldKey) => {
    keep(patch);
    if (field) setTouched((current) => new Set([...current, field]));
    setSaved(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!check.ok || !dirty) return;
    setSaveError(null);
    try {
      await saveHousehold(check.patch);
      discard();
      setSaved(true);
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  };

  const symbol = currencySymbol(currency, language);
  return (
    <section className="budget-reserve" aria-labelledby="budget-reserve-title">
      <h2 id="budget-reserve-title">{t('budget.reserve.title')}</h2>
      <p className="hint">{t('budget.reserve.intro')}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <SelectField
          label={t('budget.reserve.mode')}
          value={draft.mode}
          options={reserveModes.map((value) => ({
            value,
            label: t(`budget.reserve.modes.${value}`),
          }))}
          onChange={(mode) => update({ mode }, mode === 'none' ? undefined : mode)}
        />
        {draft.mode === 'percent' ? (
          <TextField
            label={t('budget.reserve.percent')}
            hint={t('budget.reserve.percentHint')}
            value={draft.percent}
            onChange={(percent) => update({ percent: normalizeNumberText(percent) }, 'percent')}
            errors={errorsOf('percent')}
          />
        ) : null}
        {draft.mode === 'amount' ? (
          <MoneyField
            label={t('budget.reserve.amount')}
            currencySymbol={symbol}
            value={draft.amount}
            onChange={(amount) => update({ amount }, 'amount')}
            errors={errorsOf('amount')}
          />
        ) : null}
        <MoneyField
          label={t('budget.reserve.limit')}
          hint={t('budget.reserve.limitHint')}
          currencySymbol={symbol}
          value={draft.limit}
          onChange={(limit) => update({ limit }, 'limit')}
          errors={errorsOf('limit')}
        />
        {visible.length > 0 ? (
          <p className="error">{t('forms.unsavedErrors', { count: visible.length })}</p>
        ) : null}
        {saveError !== null ? (
          <p className="error" role="alert">
            {t('budget.item.saveFailed', { detail: saveError })}
          </p>
        ) : null}
        <div className="budget-form-actions">
          <button type="submit" className="primary" disabled={!check.ok || !dirty}>
            {t('forms.save')}
          </button>
          <span role="status" className="hint">
            {saved && !dirty ? t('budget.reserve.saved') : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
