import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DebtRow } from '../db/AppDB';
import { saveCheckIn } from '../db/checkIns';
import { useFormDraft } from '../db/drafts';
import { Field } from '../forms/Field';
import { CheckboxField, MoneyField } from '../forms/inputs';
import { currencySymbol } from '../forms/currencySymbol';
import { todayIso } from '../format/dates';
import { errorText } from '../format/errorText';
import { useFormat } from '../format/useFormat';
import {
  type CheckInField,
  type CheckInProblem,
  checkInFromDraft,
  checkInNoteMax,
  newCheckInDraft,
} from './checkIn';

const parts = ['principal', 'interest', 'penalty', 'fees'] as const;

/**
 * What one lender's app shows today. What is typed is kept in the draft store, so a reload
 * gives it back. `ashore` is Ashore's own figure for today, kept with the check-in.
 */
export function CheckInForm({
  debt,
  ashore,
  onDone,
}: {
  debt: DebtRow;
  ashore: string | undefined;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const { language, currency } = useFormat();
  const [draft, update, discard] = useFormDraft(
    `checkIn:${debt.id}`,
    debt.id,
    null,
    newCheckInDraft(debt.id),
  );
  const [problems, setProblems] = useState<CheckInProblem[]>([]);
  // Opened from a button that goes away: focus moves into the form, to its first control.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector('input')?.focus(), []);
  const [failure, setFailure] = useState<string | null>(null);
  const errorsOf = (field: CheckInField) => {
    const problem = problems.find((candidate) => candidate.field === field);
    return problem ? [t(`checkIn.problems.${problem.kind}`)] : undefined;
  };
  const symbol = currencySymbol(currency, language);
  const money = (field: CheckInField, hint?: string) => (
    <MoneyField
      label={t(`checkIn.${field}`)}
      value={draft[field]}
      onChange={(value) => update({ [field]: value })}
      currencySymbol={symbol}
      errors={errorsOf(field)}
      {...(hint ? { hint } : {})}
    />
  );

  const save = async () => {
    const result = checkInFromDraft(draft, todayIso());
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    try {
      await saveCheckIn({ ...result.checkIn, ...(ashore !== undefined ? { ashore } : {}) });
    } catch (error) {
      setFailure(errorText(error));
      return;
    }
    discard();
    onDone(true);
  };

  const titleId = `check-in-form-${debt.id}`;
  return (
    <form
      ref={formRef}
      className="check-in-form"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h4 id={titleId}>{t('checkIn.formTitle', { name: debt.name })}</h4>
      <CheckboxField
        label={t('checkIn.split')}
        hint={t('checkIn.splitHint')}
        checked={draft.split}
        onChange={(split) => update({ split })}
      />
      {draft.split ? (
        <>
          <p className="hint">{t('checkIn.partsHint')}</p>
          <div className="form-row">{parts.map((part) => money(part))}</div>
        </>
      ) : (
        money('total')
      )}
      {money('overduePrincipal', t('checkIn.overduePrincipalHint'))}
      <Field label={t('checkIn.note')} hint={t('checkIn.noteHint')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={checkInNoteMax}
            value={draft.note}
            onChange={(event) => update({ note: event.target.value })}
          />
        )}
      </Field>
      {failure ? (
        <p className="error" role="alert">
          {t('checkIn.saveFailed', { detail: failure })}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary">
          {t('checkIn.save')}
        </button>
        <button
          type="button"
          onClick={() => {
            discard();
            onDone(false);
          }}
        >
          {t('checkIn.cancel')}
        </button>
      </div>
    </form>
  );
}
