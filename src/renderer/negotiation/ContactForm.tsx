import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ContactChannel, contactChannels } from '../db/AppDB';
import { Field } from '../forms/Field';
import { CheckboxField, DateField, SelectField, TextField } from '../forms/inputs';
import {
  type ContactDraft,
  type ContactProblem,
  TEXT_MAX,
  WHO_MAX,
  contactFromDraft,
} from './contactDraft';
import { saveContact } from '../db/negotiation';

/**
 * One contact being written or edited. The draft lives in the draft store (db/drafts.ts), so
 * it survives switching lender, a reload and a restart; it becomes a contact only on save.
 */
export function ContactForm({
  debtId,
  draft,
  setDraft,
  title,
  onSaved,
}: {
  debtId: string;
  draft: ContactDraft;
  setDraft: (draft: ContactDraft | null) => void;
  title: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ContactProblem[]>([]);
  const update = (patch: Partial<ContactDraft>) => setDraft({ ...draft, ...patch });
  const titleId = `contact-form-${draft.id ?? 'new'}`;

  const save = async () => {
    const result = contactFromDraft(draft, debtId);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    await saveContact(result.row);
    setProblems([]);
    setDraft(null);
    onSaved();
  };

  const textArea = (key: 'said' | 'answer' | 'promised', hint?: string) => (
    <Field label={t(`negotiation.contacts.${key}`)} hint={hint}>
      {(control) => (
        <textarea
          {...control}
          rows={2}
          maxLength={TEXT_MAX}
          value={draft[key]}
          onChange={(event) => update({ [key]: event.target.value })}
        />
      )}
    </Field>
  );

  return (
    <form
      className="contact-form card"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h4 id={titleId}>{title}</h4>
      <div className="form-row">
        <Field
          label={t('negotiation.contacts.at')}
          errors={problems.includes('at') ? [t('negotiation.contacts.atInvalid')] : undefined}
        >
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={draft.at}
              onChange={(event) => update({ at: event.target.value })}
            />
          )}
        </Field>
        <SelectField<ContactChannel>
          label={t('negotiation.contacts.channel')}
          value={draft.channel}
          onChange={(channel) => update({ channel })}
          options={contactChannels.map((channel) => ({
            value: channel,
            label: t(`negotiation.contacts.channels.${channel}`),
          }))}
        />
        <TextField
          label={t('negotiation.contacts.who')}
          value={draft.who}
          onChange={(who) => update({ who: who.slice(0, WHO_MAX) })}
        />
      </div>
      {textArea('said')}
      {textArea('answer')}
      {textArea('promised', t('negotiation.contacts.promisedHint'))}
      <div className="form-row">
        <DateField
          label={t('negotiation.contacts.followUp')}
          value={draft.followUp}
          onChange={(followUp) => update({ followUp })}
          errors={
            problems.includes('followUp') ? [t('negotiation.contacts.followUpInvalid')] : undefined
          }
        />
        {draft.id && draft.followUp ? (
          <CheckboxField
            label={t('negotiation.contacts.followUpDone')}
            checked={draft.followUpDone}
            onChange={(followUpDone) => update({ followUpDone })}
          />
        ) : null}
      </div>
      {problems.includes('empty') ? (
        <p className="error" role="alert">
          {t('negotiation.contacts.emptyDraft')}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary">
          {t('negotiation.contacts.save')}
        </button>
        <button type="button" onClick={() => setDraft(null)}>
          {t('negotiation.contacts.cancel')}
        </button>
      </div>
    </form>
  );
}
