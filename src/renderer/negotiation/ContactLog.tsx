import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRow } from '../db/AppDB';
import { useDraft } from '../db/drafts';
import { useOfferUndo } from '../forms/Undo';
import { useFormat } from '../format/useFormat';
import { ContactForm } from './ContactForm';
import {
  type ContactDraft,
  contactDraftKey,
  draftFromContact,
  draftHasText,
  newContactDraft,
} from './contactDraft';
import { formatDateTime } from './dateTime';
import { deleteContact, setFollowUpDone } from '../db/negotiation';

/** Every contact with this lender, newest first (DOMAIN step 6), and the next one to write. */
export function ContactLog({
  debtId,
  contacts,
}: {
  debtId: string;
  contacts: readonly ContactRow[];
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useDraft<ContactDraft>(contactDraftKey.new(debtId));
  const [message, setMessage] = useState('');
  // Saving closes the form and deleting removes the entry, each with the button pressed: focus
  // goes to the log's heading (the status line below it says what happened), not the body.
  const heading = useRef<HTMLHeadingElement>(null);
  const saved = () => {
    setMessage(t('negotiation.contacts.saved'));
    heading.current?.focus();
  };
  return (
    <section className="contacts" aria-labelledby="contacts-title">
      <h3 id="contacts-title" ref={heading} tabIndex={-1}>
        {t('negotiation.contacts.title')}
      </h3>
      <p className="hint">{t('negotiation.contacts.intro')}</p>
      {draft ? (
        <>
          {draftHasText(draft) ? (
            <p className="hint">{t('negotiation.contacts.draftKept')}</p>
          ) : null}
          <ContactForm
            debtId={debtId}
            draft={draft}
            setDraft={setDraft}
            title={t('negotiation.contacts.formTitleNew')}
            onSaved={saved}
          />
        </>
      ) : (
        <button
          type="button"
          className="primary"
          onClick={() => {
            setMessage('');
            setDraft(newContactDraft());
          }}
        >
          {t('negotiation.contacts.add')}
        </button>
      )}
      <p className="status-line" role="status">
        {message}
      </p>
      {contacts.length === 0 ? (
        <p>{t('negotiation.contacts.empty')}</p>
      ) : (
        <ol className="contact-list">
          {contacts.map((contact) => (
            <ContactEntry
              key={contact.id}
              contact={contact}
              onSaved={saved}
              onDeleted={() => heading.current?.focus()}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function ContactEntry({
  contact,
  onSaved,
  onDeleted,
}: {
  contact: ContactRow;
  onSaved: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const offerUndo = useOfferUndo();
  const [draft, setDraft] = useDraft<ContactDraft>(
    contactDraftKey.edit(contact.debtId, contact.id),
  );
  const channel = t(`negotiation.contacts.channels.${contact.channel}`);

  if (draft) {
    return (
      <li className="contact-entry editing">
        <ContactForm
          debtId={contact.debtId}
          draft={draft}
          setDraft={setDraft}
          title={t('negotiation.contacts.formTitleEdit')}
          onSaved={onSaved}
        />
      </li>
    );
  }

  const remove = async () => {
    offerUndo(t('negotiation.contacts.deleted'), await deleteContact(contact.id));
    onDeleted();
  };
  const lines = (['who', 'said', 'answer', 'promised'] as const).filter((key) => contact[key]);
  const title = t('negotiation.contacts.entryTitle', {
    at: formatDateTime(contact.at, format.language),
    channel,
  });

  return (
    <li className="contact-entry">
      <h4>{title}</h4>
      <dl>
        {lines.map((key) => (
          <div key={key}>
            <dt>{t(`negotiation.contacts.${key}`)}</dt>
            <dd>{contact[key]}</dd>
          </div>
        ))}
      </dl>
      {contact.followUp ? (
        // The state is said in words and the button says what it will do: a box labelled
        // "followed up" left unticked read as the opposite of what it meant.
        <p className={`follow-up${contact.followUpDone ? ' done' : ''}`}>
          {t('negotiation.contacts.followUpOn', { date: format.date(contact.followUp) })} ·{' '}
          {contact.followUpDone ? (
            <span className="badge">{t('negotiation.contacts.followUpDone')}</span>
          ) : (
            t('negotiation.contacts.followUpPending')
          )}{' '}
          <button
            type="button"
            onClick={() => void setFollowUpDone(contact.id, !contact.followUpDone)}
          >
            {contact.followUpDone
              ? t('negotiation.contacts.markNotDone')
              : t('negotiation.followUps.done')}
          </button>
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          aria-label={`${t('negotiation.contacts.edit')}: ${title}`}
          onClick={() => setDraft(draftFromContact(contact))}
        >
          {t('negotiation.contacts.edit')}
        </button>
        <button
          type="button"
          aria-label={`${t('negotiation.contacts.delete')}: ${title}`}
          onClick={() => void remove()}
        >
          {t('negotiation.contacts.delete')}
        </button>
      </div>
    </li>
  );
}
