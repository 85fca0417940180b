import { Dec } from '../../core/money';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalOption } from '../../core/proposals/types';
import type { AgreementRow, DebtRow } from '../db/AppDB';
import { DateField } from '../forms/inputs';
import { useFormat } from '../format/useFormat';
import { describeAgreement } from './agreementText';
import { addAgreement } from './negotiationStore';
import { proposalParams } from './proposalParams';
import { sameAgreement } from './sameAgreement';
import type { ProposalsState } from './useProposals';
import { useTextFormat } from './useTextFormat';

interface Props {
  debt: DebtRow;
  agreements: readonly AgreementRow[];
  /** When an overdue debt fell overdue ('' not known); null for a current debt: not asked. */
  since: string | null;
  onSinceChange: (since: string) => void;
  /** The day proposals are made for, YYYY-MM-DD. */
  date: string;
  overdueDays: number | null;
  proposals: ProposalsState;
}

/** What to ask this lender for (DOMAIN step 3), each option with its effect on the whole plan. */
export function ProposalAssistant({
  debt,
  agreements,
  since,
  onSinceChange,
  date,
  overdueDays,
  proposals,
}: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useTextFormat();
  const [message, setMessage] = useState('');
  const sinceAfterDate = since !== null && since !== '' && since > date;

  return (
    <section className="proposals" aria-labelledby="proposals-title">
      <h3 id="proposals-title">{t('negotiation.proposals.title')}</h3>
      <p className="hint">{t('negotiation.proposals.intro')}</p>
      {since === null ? null : (
        <DateField
          label={t('negotiation.overdue.since')}
          value={since}
          onChange={onSinceChange}
          hint={
            overdueDays !== null
              ? `${t('negotiation.overdue.days', { days: overdueDays, date: format.date(date) })} ${t('negotiation.overdue.sinceHint')}`
              : t('negotiation.overdue.sinceHint')
          }
          errors={
            sinceAfterDate
              ? [t('negotiation.overdue.future', { date: format.date(date) })]
              : undefined
          }
        />
      )}
      {proposals.status === 'computing' ? (
        <p role="status">{t('negotiation.proposals.computing')}</p>
      ) : null}
      {proposals.status === 'invalid' ? (
        <p className="note warning">
          {t('negotiation.proposals.unavailable')}{' '}
          <a href="#/debts">{t('planStatus.invalidLink')}</a>
        </p>
      ) : null}
      {proposals.status === 'failed' ? (
        <p role="alert">{t('planStatus.failed', { message: proposals.message })}</p>
      ) : null}
      {proposals.status === 'ready' ? (
        <div aria-busy={proposals.stale}>
          {proposals.result.nothingFits ? (
            <p className="note warning">
              {t(
                `negotiation.proposals.nothingFits.${proposals.result.nothingFits.reason}`,
                proposalParams(proposals.result.nothingFits.params, text),
              )}
            </p>
          ) : null}
          {proposals.result.options.length === 0 && !proposals.result.nothingFits ? (
            <p>{t('negotiation.proposals.none')}</p>
          ) : null}
          <ul className="proposal-list">
            {proposals.result.options.map((option, index) => (
              <ProposalCard
                key={`${option.kind}-${index}`}
                option={option}
                added={agreements.some((row) => sameAgreement(row.agreement, option.agreement))}
                onAdd={async () => {
                  await addAgreement(debt.id, { ...option.agreement, status: 'proposed' });
                  setMessage(t('negotiation.proposals.added'));
                }}
              />
            ))}
          </ul>
        </div>
      ) : null}
      <p className="status-line" role="status">
        {message}
      </p>
    </section>
  );
}

function ProposalCard({
  option,
  added,
  onAdd,
}: {
  option: ProposalOption;
  added: boolean;
  onAdd: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useTextFormat();
  const shown = proposalParams(option.params, text);
  // "About ¥0.00 waived" says nothing: the clause is left out when nothing would be waived.
  const waived = option.params.waived;
  const params = {
    ...shown,
    waivedClause:
      typeof waived === 'string' && waived !== '0.00'
        ? t('negotiation.proposals.waivedClause', { waived: text.money(waived) })
        : '',
  };
  const { effect } = option;
  const why =
    !option.fits && option.kind === 'installment'
      ? t('negotiation.proposals.installmentMiss', params)
      : option.reason === 'settlementSaveable' && option.params.discount === '0.00'
        ? t('negotiation.proposals.settlementFull', params)
        : t(`negotiation.proposals.reason.${option.reason}`, params);
  return (
    <li className={`proposal card${option.fits ? '' : ' misfit'}`}>
      <h4>
        {t('negotiation.proposals.titled', {
          kind: t(`negotiation.proposals.kind.${option.kind}`),
          terms: describeAgreement(option.agreement, text),
        })}
      </h4>
      <p>
        <strong>{t('negotiation.proposals.why')}</strong> {why}
      </p>
      <dl className="proposal-effect" aria-label={t('negotiation.proposals.effect')}>
        <div>
          <dt>{t('negotiation.proposals.debtFree')}</dt>
          <dd>
            {effect.debtFree && effect.debtFreeDate
              ? `${format.date(effect.debtFreeDate)}${effect.months !== null ? t('negotiation.proposals.months', { months: effect.months }) : ''}`
              : t('negotiation.proposals.never')}
          </dd>
        </div>
        <div>
          <dt>{t('negotiation.proposals.totalCost')}</dt>
          <dd className="amount">{format.money(effect.totalCost)}</dd>
        </div>
        {/* A negative saving is a cost: said as one ("penalty added"), never as "−¥653.60 avoided". */}
        <div>
          <dt>
            {new Dec(effect.penaltyAvoided).isNegative()
              ? t('negotiation.proposals.penaltyAdded')
              : t('negotiation.proposals.penaltyAvoided')}
          </dt>
          <dd className="amount">
            {format.money(new Dec(effect.penaltyAvoided).abs().toFixed(2))}
          </dd>
        </div>
        <div>
          <dt>
            {new Dec(effect.costSaved).isNegative()
              ? t('negotiation.proposals.costAdded')
              : t('negotiation.proposals.costSaved')}
          </dt>
          <dd className="amount">{format.money(new Dec(effect.costSaved).abs().toFixed(2))}</dd>
        </div>
      </dl>
      {option.fits ? null : <p className="note warning">{t('negotiation.proposals.doesNotFit')}</p>}
      <button type="button" disabled={added} onClick={() => void onAdd()}>
        {added ? t('negotiation.proposals.alreadyAdded') : t('negotiation.proposals.add')}
      </button>
    </li>
  );
}
