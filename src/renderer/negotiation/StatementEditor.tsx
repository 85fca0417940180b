import { useState } from 'react';
import { lenderDraftPrefix, useFormDraft } from '../db/drafts';
import { useTranslation } from 'react-i18next';
import type { AgreementRow, DebtRow } from '../db/AppDB';
import { type UiLanguage as Language, uiLanguages as languages } from '../../shared/contract';
import { Field } from '../forms/Field';
import { CheckboxField, SelectField } from '../forms/inputs';
import { formatMoment, todayIso } from '../format/dates';
import { useFormat } from '../format/useFormat';
import { usePlan } from '../plan/PlanContext';
import { describeAgreement } from './agreementText';
import { buildStatement } from './buildStatement';
import { TEXT_MAX } from './contactDraft';
import { type NegotiationRecords, saveStatement } from '../db/negotiation';
import { defaultStatementAgreement, installmentPayment } from './statementProposal';
import { statementData } from './statementData';
import type { ProposalsState } from './useProposals';
import { useTextFormat } from './useTextFormat';

const STATEMENT_MAX = 100_000;

/** The statement's fields as the person edits them. */
interface StatementFields {
  language: Language;
  cause: string;
  paid: string;
  text: string;
}

/**
 * The hardship statement (情况说明, DOMAIN step 5): drafted from the plan's figures and the
 * person's own words, then edited and saved. Drafting again never silently replaces edits.
 */
export function StatementEditor({
  debt,
  agreements,
  records,
  proposals,
  overdueSince,
}: {
  debt: DebtRow;
  agreements: readonly AgreementRow[];
  records: NegotiationRecords;
  proposals: ProposalsState;
  overdueSince: string | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useTextFormat();
  const { state } = usePlan();
  const saved = records.statement;
  // What is typed is kept as a draft over the saved version until saved (db/drafts.ts).
  const [fields, keep, discard] = useFormDraft<StatementFields, undefined>(
    `${lenderDraftPrefix(debt.id)}statement`,
    saved?.updatedAt ?? 'unsaved',
    undefined,
    {
      language: saved?.language ?? format.language,
      cause: saved?.cause ?? '',
      paid: saved?.paid ?? '',
      text: saved?.text ?? '',
    },
  );
  const { language, cause, paid, text: body } = fields;
  const setLanguage = (next: Language) => keep({ language: next });
  const setCause = (next: string) => keep({ cause: next });
  const setPaid = (next: string) => keep({ paid: next });
  const setBody = (next: string) => keep({ text: next });
  // null: not chosen yet, so the latest proposal is used, including one added after opening.
  const [chosenId, setAgreementId] = useState<string | null>(null);
  const agreementId = chosenId ?? defaultStatementAgreement(agreements);
  const [generated, setGenerated] = useState('');
  // The whole picture (all lenders, 协商总方案) goes in only when the person asks for it.
  const [whole, setWhole] = useState(false);
  const [savedAt, setSavedAt] = useState(saved?.updatedAt ?? null);
  const [savedState, setSavedState] = useState({
    language: saved?.language ?? format.language,
    cause: saved?.cause ?? '',
    paid: saved?.paid ?? '',
    text: saved?.text ?? '',
  });
  const bundle = state.status === 'ready' ? state.bundle : null;
  const chosen = agreements.find((row) => row.id === agreementId);
  const dirty =
    body !== savedState.text ||
    cause !== savedState.cause ||
    paid !== savedState.paid ||
    language !== savedState.language;

  const save = async (nextBody: string) => {
    const row = await saveStatement({ debtId: debt.id, language, text: nextBody, cause, paid });
    discard();
    setSavedState({ language, cause, paid, text: nextBody });
    setSavedAt(row.updatedAt);
  };

  const generate = async () => {
    if (!bundle) return;
    const edited = body.trim() !== '' && body !== generated;
    if (edited && !window.confirm(t('negotiation.statement.confirmOverwrite'))) return;
    const data = statementData({
      bundle,
      debtId: debt.id,
      overdueSince,
      evidence: records.evidence,
      cause,
      paid,
      proposal: chosen
        ? {
            agreement: chosen.agreement,
            ...withPayment(
              installmentPayment(
                chosen,
                proposals.status === 'ready' ? proposals.result : null,
                bundle,
              ),
            ),
          }
        : undefined,
      today: todayIso(),
      whole,
    });
    if (!data) return;
    const draft = buildStatement(data, language);
    setBody(draft);
    setGenerated(draft);
    await save(draft);
  };

  return (
    <section className="statement" aria-labelledby="statement-title">
      <h3 id="statement-title">{t('negotiation.statement.title')}</h3>
      <p className="hint">{t('negotiation.statement.intro')}</p>
      <div className="form-row">
        <SelectField<Language>
          label={t('negotiation.statement.language')}
          value={language}
          onChange={setLanguage}
          options={languages.map((value) => ({ value, label: t(`languageNames.${value}`) }))}
        />
        <SelectField
          label={t('negotiation.statement.agreement')}
          value={agreementId}
          onChange={setAgreementId}
          options={[
            { value: '', label: t('negotiation.statement.noAgreement') },
            ...agreements.map((row) => ({
              value: row.id,
              label: `${t(`negotiation.agreements.status.${row.agreement.status ?? 'agreed'}`)} · ${describeAgreement(row.agreement, text)}`,
            })),
          ]}
        />
      </div>
      <Field label={t('negotiation.statement.cause')} hint={t('negotiation.statement.causeHint')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={TEXT_MAX}
            value={cause}
            onChange={(event) => setCause(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('negotiation.statement.paid')} hint={t('negotiation.statement.paidHint')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={TEXT_MAX}
            value={paid}
            onChange={(event) => setPaid(event.target.value)}
          />
        )}
      </Field>
      {(bundle?.scenario.debts.length ?? 0) > 1 ? (
        <CheckboxField
          label={t('negotiation.totalPlan.statement.include')}
          hint={t('negotiation.totalPlan.statement.includeHint')}
          checked={whole}
          onChange={setWhole}
        />
      ) : null}
      <p className="note">{t('negotiation.statement.honesty')}</p>
      <div className="actions">
        <button type="button" disabled={!bundle} onClick={() => void generate()}>
          {body ? t('negotiation.statement.regenerate') : t('negotiation.statement.generate')}
        </button>
      </div>
      <Field label={t('negotiation.statement.text')} className="statement-text">
        {(control) => (
          <textarea
            {...control}
            rows={16}
            maxLength={STATEMENT_MAX}
            lang={language}
            value={body}
            onChange={(event) => setBody(event.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button type="button" className="primary" disabled={!dirty} onClick={() => void save(body)}>
          {t('negotiation.statement.save')}
        </button>
        <span className="status-line" role="status">
          {dirty
            ? t('negotiation.statement.unsaved')
            : savedAt
              ? t('negotiation.statement.savedAt', {
                  time: formatMoment(savedAt, format.language),
                })
              : ''}
        </span>
      </div>
    </section>
  );
}

function withPayment(payment: string | undefined): { monthlyPayment?: string } {
  return payment ? { monthlyPayment: payment } : {};
}
