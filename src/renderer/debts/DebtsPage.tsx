import { useHouseholdData } from '../plan/PlanContext';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DebtRow } from '../db/AppDB';
import { type FormDraft, discardDrafts, lenderDraftPrefix, setDraft, useDraft } from '../db/drafts';
import { useOfferUndo } from '../forms/Undo';
import { deleteDebt } from '../db/household';
import { AddDebt } from './AddDebt';
import { DebtEditor } from './DebtEditor';
import { DebtList } from './DebtList';
import {
  DEBT_DRAFT_KEY,
  type DebtForm,
  type DebtOpened,
  formFromDebt,
  formFromPreset,
} from './debtForm';
import type { PresetId } from './presets';
import { StartDateField } from './StartDateField';

interface Editing {
  form: DebtForm;
  isNew: boolean;
}

/** 债务: every debt with its balance and terms; add from a preset, edit, delete with undo. */
export function DebtsPage() {
  const { t } = useTranslation();
  // The household the plan is made from, read once for every view (PlanProvider).
  const { household: data } = useHouseholdData();
  const offerUndo = useOfferUndo();
  const [chosen, setEditing] = useState<Editing | null>(null);
  // After a reload or restart, the debt that was being typed is open again.
  const [kept] = useDraft<FormDraft<DebtForm, DebtOpened>>(DEBT_DRAFT_KEY);
  const editing = chosen ?? (kept ? { form: kept.opened.initial, isNew: kept.opened.isNew } : null);
  const [status, setStatus] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);

  if (!data) {
    return (
      <article className="page debts">
        <h1>{t('debts.title')}</h1>
        <p>{t('app.loading')}</p>
      </article>
    );
  }

  const { household, debts, agreements } = data;
  const edit = (debt: DebtRow) => {
    const own = agreements.filter((a) => a.debtId === debt.id).map((a) => a.agreement);
    setStatus('');
    setEditing({ form: formFromDebt(debt, own), isNew: false });
  };
  const add = (preset: PresetId) => {
    setStatus('');
    setEditing({ form: formFromPreset(preset, t(`debts.presets.${preset}`)), isNew: true });
  };
  const remove = async (debt: DebtRow) => {
    if (editing?.form.id === debt.id) {
      setEditing(null);
      void setDraft(DEBT_DRAFT_KEY, null);
    }
    // What was typed about this lender has no form to come back to: it would only keep
    // "unsaved work" asking on every close.
    void discardDrafts(lenderDraftPrefix(debt.id));
    offerUndo(t('forms.deleted', { name: debt.name }), await deleteDebt(debt.id));
    // The pressed button is gone with its row: focus goes to the list, not to the page's body.
    listHeading.current?.focus();
  };

  return (
    <article className="page debts">
      <h1>{t('debts.title')}</h1>
      <p className="lead">{t('debts.intro')}</p>
      <StartDateField key={household.startDate} startDate={household.startDate} />
      <section aria-labelledby="debts-list-title">
        <h2 id="debts-list-title" ref={listHeading} tabIndex={-1}>
          {t('debts.list.title')}
        </h2>
        <DebtList
          debts={debts}
          agreements={agreements}
          onEdit={edit}
          onDelete={(debt) => void remove(debt)}
        />
        <p className="debts-status" role="status">
          {status}
        </p>
      </section>
      {editing ? (
        <DebtEditor
          key={editing.form.id}
          initial={editing.form}
          isNew={editing.isNew}
          startDate={household.startDate}
          onDone={(saved) => {
            setEditing(null);
            setStatus(saved === null ? '' : t('debts.form.saved', { name: saved }));
            // The form is gone: keyboard focus goes back to the list it changed.
            listHeading.current?.focus();
          }}
        />
      ) : (
        <AddDebt onPick={add} />
      )}
    </article>
  );
}
