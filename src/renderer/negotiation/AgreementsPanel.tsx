import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementInput, AgreementRow, DebtRow } from '../db/AppDB';
import { useOfferUndo } from '../forms/Undo';
import { agreementHeading } from './agreementText';
import { BreachCheck } from './BreachCheck';
import { deleteAgreement, setAgreementStatus } from '../db/household';
import { PlanWarningsForDebt } from './PlanWarningsForDebt';
import { useTextFormat } from './useTextFormat';

type Status = NonNullable<AgreementInput['status']>;
const statusOf = (row: AgreementRow): Status => row.agreement.status ?? 'agreed';

/**
 * The debt's proposals and what became of them. Marking one agreed goes through the breach
 * check first; only agreed ones change the plan (model §8).
 */
export function AgreementsPanel({
  debt,
  agreements,
}: {
  debt: DebtRow;
  agreements: readonly AgreementRow[];
}) {
  const { t } = useTranslation();
  const text = useTextFormat();
  const offerUndo = useOfferUndo();
  const [reviewing, setReviewing] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  const setStatus = async (row: AgreementRow, status: Status) => {
    await setAgreementStatus(row.id, status);
    setReviewing(null);
    setMessage(status === 'agreed' ? t('negotiation.breach.agreed') : '');
  };
  const remove = async (row: AgreementRow) => {
    offerUndo(t('negotiation.agreements.removed'), await deleteAgreement(row.id));
  };

  return (
    <section className="agreements" aria-labelledby="agreements-title">
      <h3 id="agreements-title">{t('negotiation.agreements.title')}</h3>
      <p className="hint">{t('negotiation.agreements.intro')}</p>
      {agreements.length === 0 ? <p>{t('negotiation.agreements.empty')}</p> : null}
      <ul className="agreement-list">
        {agreements.map((row) => {
          const status = statusOf(row);
          return (
            <li key={row.id} className={`agreement status-${status}`}>
              <p>
                <span className={`badge status-${status}`}>
                  {t(`negotiation.agreements.status.${status}`)}
                </span>{' '}
                {agreementHeading(row.agreement, text)}
              </p>
              {status === 'refused' ? (
                <p className="hint">{t('negotiation.agreements.refusedHint')}</p>
              ) : null}
              <div className="actions">
                {status === 'proposed' ? (
                  <>
                    <button
                      type="button"
                      className="primary"
                      aria-expanded={reviewing === row.id}
                      onClick={() => setReviewing(reviewing === row.id ? null : row.id)}
                    >
                      {t('negotiation.agreements.review')}
                    </button>
                    <button type="button" onClick={() => void setStatus(row, 'refused')}>
                      {t('negotiation.agreements.markRefused')}
                    </button>
                  </>
                ) : (
                  <>
                    <button type="button" onClick={() => void setStatus(row, 'proposed')}>
                      {t('negotiation.agreements.markProposed')}
                    </button>
                    {status === 'agreed' ? (
                      <button type="button" onClick={() => void setStatus(row, 'refused')}>
                        {t('negotiation.agreements.markRefused')}
                      </button>
                    ) : null}
                  </>
                )}
                <button type="button" onClick={() => void remove(row)}>
                  {t('negotiation.agreements.remove')}
                </button>
              </div>
              {reviewing === row.id ? (
                <BreachCheck
                  row={row}
                  onConfirm={() => void setStatus(row, 'agreed')}
                  onCancel={() => setReviewing(null)}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="hint">
        {t('negotiation.agreements.needsDebtsPage')}{' '}
        <a href="#/debts">{t('negotiation.agreements.editOnDebts')}</a>
      </p>
      <p className="status-line" role="status">
        {message}
      </p>
      <PlanWarningsForDebt debt={debt} />
    </section>
  );
}
