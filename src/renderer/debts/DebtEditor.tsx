import { useEffect, useMemo, useRef, useState } from 'react';
import { useFormDraft } from '../db/drafts';
import { useTranslation } from 'react-i18next';
import { currencySymbol } from '../forms/currencySymbol';
import { formatDate } from '../format/dates';
import { saveDebt } from '../db/household';
import { useSettings } from '../settings/SettingsContext';
import { AgreementsEditor } from './AgreementsEditor';
import { BalanceFields } from './BalanceFields';
import { BasicsFields } from './BasicsFields';
import { DEBT_DRAFT_KEY, type DebtForm, type DebtOpened } from './debtForm';
import { InstallmentField } from './InstallmentField';
import { kindLabel } from './kindLabel';
import { RateChangesFields } from './RateChangesFields';
import { RatesFields } from './RatesFields';
import { TermsFields } from './TermsFields';
import { checkDebtForm } from './validation';

/** Field keys the form shows beside a control; anything else is listed above the buttons. */
const shownKeys = new Set([
  'name',
  'kind',
  'principal',
  'overdue',
  'overduePrincipal',
  'overdueSince',
  'interest',
  'penalty',
  'fees',
  'interestRate',
  'penaltyRate',
  'accrual',
  'penaltyBase',
  'compound',
  'minimumPayment',
  'lateFee',
  'agreements',
]);

/** The problems other than a required field still empty. */
function withoutRequired(errors: Map<string, string[]>, required: string): Map<string, string[]> {
  const kept = new Map<string, string[]>();
  for (const [key, sentences] of errors) {
    const rest = sentences.filter((sentence) => sentence !== required);
    if (rest.length > 0) kept.set(key, rest);
  }
  return kept;
}

/**
 * Adds or edits one debt. What is typed is kept as a draft (db/drafts.ts) until saved, so a
 * reload or restart opens the editor again with it; the engine's schema checks it
 * on every keystroke, and it can only be saved whole and valid, in one transaction with its
 * agreements, so the last good data is never half-overwritten.
 */
export function DebtEditor({
  initial,
  isNew,
  startDate,
  onDone,
}: {
  initial: DebtForm;
  isNew: boolean;
  startDate: string;
  onDone: (saved: string | null) => void;
}) {
  const { t } = useTranslation();
  const { currency, language } = useSettings();
  const [form, update, discard] = useFormDraft<DebtForm, DebtOpened>(
    DEBT_DRAFT_KEY,
    initial.id,
    { isNew, initial },
    initial,
  );
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const checked = useMemo(
    () => checkDebtForm(form, t, { iso: startDate, shown: formatDate(startDate, language) }),
    [form, t, startDate, language],
  );
  // A new debt is not told "required" before anything is typed; trying to save shows it all.
  const [attempted, setAttempted] = useState(!isNew);
  const errors = attempted ? checked.errors : withoutRequired(checked.errors, t('issues.required'));
  const others = [...errors].filter(([key]) => !shownKeys.has(key.split(/[.[]/)[0] ?? ''));
  const typical = isNew && form.kind !== 'other';
  const kindName = kindLabel(initial.kind, t);
  const part = {
    form,
    update,
    errors,
    currencySymbol: currencySymbol(currency, language),
  };

  useEffect(() => heading.current?.focus(), []);

  const save = async () => {
    if (saving) return;
    if (checked.errors.size > 0) {
      setAttempted(true);
      return;
    }
    setSaving(true);
    try {
      await saveDebt(checked.debt, checked.agreements);
      discard();
      onDone(checked.debt.name);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="debts-editor card" aria-labelledby="debts-editor-title">
      <h2 id="debts-editor-title" ref={heading} tabIndex={-1}>
        {isNew
          ? t('debts.form.newTitle', { kind: kindName })
          : t('debts.form.editTitle', { name: initial.name })}
      </h2>
      <form
        className="form debts-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <BasicsFields {...part} />
        <BalanceFields {...part} startDate={startDate} />
        <InstallmentField {...part} />
        <RatesFields {...part} typical={typical} />
        <RateChangesFields {...part} />
        <TermsFields {...part} typical={typical} />
        <AgreementsEditor {...part} startDate={startDate} />
        <div className="debts-submit">
          {errors.size > 0 ? (
            <div className="note warning" role="status">
              <p>{t('forms.unsavedErrors', { count: errors.size })}</p>
              {others.length > 0 ? (
                <p>
                  {t('debts.form.otherErrors')} {others.map(([, text]) => text.join(' ')).join(' ')}
                </p>
              ) : null}
            </div>
          ) : null}
          <div className="debts-buttons">
            <button type="submit" className="primary" disabled={errors.size > 0 || saving}>
              {t('forms.save')}
            </button>
            <button
              type="button"
              onClick={() => {
                discard();
                onDone(null);
              }}
            >
              {t('forms.cancel')}
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}
