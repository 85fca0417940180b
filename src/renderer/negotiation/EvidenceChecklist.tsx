import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type EvidenceItem,
  type EvidenceRow,
  type EvidenceStatus,
  evidenceItems,
  evidenceStatuses,
} from '../db/AppDB';
import { SelectField, TextField } from '../forms/inputs';
import { TEXT_MAX } from './contactDraft';
import { evidenceOf, saveEvidence } from '../db/negotiation';

/** The five kinds of evidence of DOMAIN step 4, each with where it stands; saved as it changes. */
export function EvidenceChecklist({
  debtId,
  evidence,
}: {
  debtId: string;
  evidence: readonly EvidenceRow[];
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  return (
    <section className="evidence" aria-labelledby="evidence-title">
      <h3 id="evidence-title">{t('negotiation.evidence.title')}</h3>
      <p className="hint">
        {t('negotiation.evidence.intro')} {t('negotiation.guidance.honesty')}
      </p>
      <ul className="evidence-list">
        {evidenceItems.map((item) => (
          <EvidenceLine
            key={item}
            start={evidenceOf(evidence, debtId, item)}
            onSaved={() => setMessage(t('negotiation.evidence.saved'))}
          />
        ))}
      </ul>
      <p className="status-line" role="status">
        {message}
      </p>
    </section>
  );
}

function EvidenceLine({ start, onSaved }: { start: EvidenceRow; onSaved: () => void }) {
  const { t } = useTranslation();
  // The line edits its own copy: a note saved on each keystroke never races the live query.
  const [row, setRow] = useState(start);
  const name = t(`negotiation.evidence.item.${start.item satisfies EvidenceItem}`);
  const update = (patch: Partial<EvidenceRow>) => {
    const next = { ...row, ...patch };
    setRow(next);
    void saveEvidence(next).then(onSaved);
  };
  return (
    <li className={`evidence-item status-${row.status}`}>
      <h4>{name}</h4>
      <SelectField<EvidenceStatus>
        label={
          <>
            <span className="visually-hidden">{name} </span>
            {t('negotiation.agreements.statusLabel')}
          </>
        }
        value={row.status}
        onChange={(status) => update({ status })}
        options={evidenceStatuses.map((status) => ({
          value: status,
          label: t(`negotiation.evidence.status.${status}`),
        }))}
      />
      <TextField
        label={
          <>
            <span className="visually-hidden">{name} </span>
            {t('negotiation.evidence.note')}
          </>
        }
        value={row.note}
        onChange={(note) => update({ note: note.slice(0, TEXT_MAX) })}
      />
    </li>
  );
}
