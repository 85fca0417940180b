import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalOption } from '../../core/proposals/types';
import type { AgreementInput, AgreementRow, DebtRow } from '../db/AppDB';
import { DateField } from '../forms/inputs';
import { useFormat } from '../format/useFormat';
import { agreementHeading } from './agreementText';
import { addAgreement } from '../db/household';
import { SaveAsPlan } from '../plans/SaveAsPlan';
import { EffectFigures } from './EffectFigures';
import { InstallmentCosts } from './InstallmentCosts';
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
  // The proposal just added: "added as pending" is said only while it is still pending.
  const [justAdded, setJustAdded] = useState<AgreementInput | null>(null);
  const statusOf = (agreement: AgreementInput) => {
    const row = agreements.find((candidate) => sameAgreement(candidate.agreement, agreement));
    return row ? (row.agreement.status ?? 'agreed') : null;
  };
  const message =
    justAdded && statusOf(justAdded) === 'proposed' ? t('negotiation.proposals.added') : '';
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
                debtId={debt.id}
                status={statusOf(option.agreement)}
                onAdd={async () => {
                  const proposed = { ...option.agreement, status: 'proposed' as const };
                  await addAgreement(debt.id, proposed);
                  setJustAdded(proposed);
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
  debtId,
  status,
  onAdd,
}: {
  option: ProposalOption;
  debtId: string;
  /** Its status on the debt's list of proposals; null when not on it. */
  status: AgreementInput['status'] | null;
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
      <h4>{agreementHeading(option.agreement, text)}</h4>
      <p>
        <strong>{t('negotiation.proposals.why')}</strong> {why}
      </p>
      {/* Before it is agreed, too: the real annual rate is what to weigh an offer by. */}
      {option.installment ? (
        <InstallmentCosts installments={[option.installment]} heading="h5" />
      ) : null}
      {status === 'agreed' ? (
        // Agreed, it is already in the plan: measured against that plan it would change nothing.
        <p className="note good">{t('negotiation.proposals.inPlan')}</p>
      ) : (
        <>
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
            <EffectFigures penaltyAvoided={effect.penaltyAvoided} costSaved={effect.costSaved} />
          </dl>
          {option.fits ? null : (
            <p className="note warning">{t('negotiation.proposals.doesNotFit')}</p>
          )}
          <button type="button" disabled={status !== null} onClick={() => void onAdd()}>
            {status !== null
              ? t('negotiation.proposals.alreadyAdded')
              : t('negotiation.proposals.add')}
          </button>
          <SaveAsPlan variant={{ agreements: [{ debtId, agreement: option.agreement }] }} />
        </>
      )}
    </li>
  );
}
