import { useTranslation } from 'react-i18next';
import { Dec } from '../../../core/money';
import type { LenderPacketChoice } from '../../../shared/printRoute';
import type { UiLanguage as Language } from '../../../shared/contract';
import { useFormat } from '../../format/useFormat';
import { PaymentEvidence } from '../../payments/PaymentEvidence';
import { InstallmentCosts } from '../../negotiation/InstallmentCosts';
import { textFormat } from '../../negotiation/textFormat';
import type { PlanBundle } from '../../plan/planProtocol';
import type { LenderPacketData } from './lenderPacketData';
import { PacketSituation } from './PacketSituation';
import { proposalLines } from './packetText';

/**
 * The packet for one lender (#/print/lender/<debtId>): its debt, the person's situation at the
 * chosen privacy level, the proposal (its terms, the installments' APR against the yardsticks,
 * the total cost and the schedule, all from the plan with it agreed) and why it is the most that
 * can honestly be paid, the hardship statement, the payments made to this lender (when chosen:
 * receipts as a mark, not images) and the evidence titles. Other lenders appear only as a
 * count and a total, and only when chosen; call notes never.
 */
export function LenderPacket({
  bundle,
  data,
  choice,
  madeOn,
}: {
  bundle: PlanBundle;
  data: LenderPacketData;
  choice: LenderPacketChoice;
  madeOn: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { facts } = data;
  const { debt } = facts;
  const total = new Dec(debt.principal).plus(debt.interest).plus(debt.penalty).plus(debt.fees);
  const parts = [
    [t('print.principal'), debt.principal],
    [t('print.interest'), debt.interest],
    [t('print.penalty'), debt.penalty],
    [t('print.fees'), debt.fees],
    [t('packet.total'), total.toFixed(2)],
  ] as const;
  const deficit = new Dec(facts.budget.affordable).isNegative();
  const { proposal } = data;
  const lines = proposalLines(data, textFormat(format.language as Language, format.currency));
  return (
    <article className="print-document lender-packet">
      <header className="print-header">
        <h1>{t('packet.title', { lender: facts.lender })}</h1>
        <p>
          {t('packet.madeOn', { date: format.date(madeOn) })} ·{' '}
          {t('packet.balancesAsOf', { date: format.date(debt.asOf) })}
        </p>
      </header>

      <section className="print-section" aria-labelledby="packet-debt">
        <h2 id="packet-debt">{t('packet.debt')}</h2>
        <table className="data print-table">
          <tbody>
            {parts.map(([label, amount]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="amount">{format.money(amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          {debt.overdueSince && data.overdueDays !== null
            ? t('packet.overdueDays', {
                days: data.overdueDays,
                since: format.date(debt.overdueSince),
              })
            : t('packet.overdueUnknown')}
        </p>
      </section>

      <PacketSituation level={choice.privacy} scenario={bundle.scenario} budget={facts.budget} />

      {choice.others && facts.otherDebts.count > 0 ? (
        <section className="print-section" aria-labelledby="packet-others">
          <h2 id="packet-others">{t('packet.others')}</h2>
          <p>
            {t('packet.othersLine', {
              count: facts.otherDebts.count,
              total: format.money(facts.otherDebts.owed),
            })}
          </p>
        </section>
      ) : null}

      <section className="print-section" aria-labelledby="packet-proposal">
        <h2 id="packet-proposal">{t('packet.proposal')}</h2>
        {lines ? (
          <>
            <ul>
              {lines.agreements.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <InstallmentCosts installments={data.installments} />
            <p>{lines.outcome}</p>
          </>
        ) : (
          <p>{t('packet.noProposal')}</p>
        )}
        <h3>{t('packet.why')}</h3>
        <p>{deficit ? t('packet.whyDeficit') : t('packet.whyText')}</p>
        {proposal ? (
          <p>
            {proposal.shortFrom
              ? t('packet.whyShort', { month: format.month(proposal.shortFrom) })
              : t('packet.whyFits', { affordable: format.money(facts.budget.affordable) })}
          </p>
        ) : null}
        <h3>{proposal ? t('packet.scheduleIfAccepted') : t('packet.schedule')}</h3>
        <table className="data print-table">
          <thead>
            <tr>
              <th scope="col">{t('packet.month')}</th>
              <th scope="col" className="amount">
                {t('packet.due')}
              </th>
              <th scope="col" className="amount">
                {t('packet.payment')}
              </th>
              <th scope="col" className="amount">
                {t('packet.balance')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.schedule.map((row) => (
              <tr key={row.month}>
                <td>{format.month(row.start)}</td>
                <td className="amount">{format.money(row.due)}</td>
                <td className="amount">{format.money(row.payment)}</td>
                <td className="amount">{format.money(row.balance)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {data.statement ? (
        <section className="print-section page-break" aria-labelledby="packet-statement">
          <h2 id="packet-statement">{t('packet.statement')}</h2>
          <div className="statement-text">{data.statement}</div>
        </section>
      ) : null}

      {choice.payments ? (
        <div className="print-section">
          <PaymentEvidence payments={data.payments} heading="h2" />
        </div>
      ) : null}

      {facts.evidence.length > 0 ? (
        <section className="print-section" aria-labelledby="packet-evidence">
          <h2 id="packet-evidence">{t('packet.evidence')}</h2>
          <ol>
            {facts.evidence.map((item) => (
              <li key={item}>{t(`negotiation.evidence.item.${item}`)}</li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}
