import { useTranslation } from 'react-i18next';
import { describeAgreement } from '../negotiation/agreementText';
import { textFormat } from '../negotiation/textFormat';
import type { AllNegotiationRecords } from '../db/negotiationRecords';
import type { UiLanguage as Language } from '../../shared/contract';
import { useFormat } from '../format/useFormat';
import { PaymentEvidence } from '../payments/PaymentEvidence';
import { InstallmentCosts } from '../negotiation/InstallmentCosts';
import type { PlanBundle } from '../plan/planProtocol';

/** One section per lender with an agreement, a proposal or a statement: what to take to the call. */
export function PrintLenders({
  bundle,
  records,
}: {
  bundle: PlanBundle;
  records: AllNegotiationRecords;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = textFormat(format.language as Language, format.currency);
  const summaries = new Map(bundle.result.summary.debts.map((d) => [d.id, d]));
  const lenders = bundle.scenario.debts.filter(
    (debt) =>
      debt.agreements.length > 0 ||
      [...records.statements, ...records.payments].some((row) => row.debtId === debt.id),
  );
  if (lenders.length === 0) return null;

  return (
    <section className="print-section page-break" aria-labelledby="print-lenders">
      <h2 id="print-lenders">{t('print.lenders')}</h2>
      {lenders.map((debt) => {
        const summary = summaries.get(debt.id);
        const statement = records.statements.find((s) => s.debtId === debt.id);
        const evidence = records.evidence.filter((e) => e.debtId === debt.id);
        const contacts = records.contacts
          .filter((c) => c.debtId === debt.id)
          .sort((a, b) => b.at.localeCompare(a.at));
        const next = contacts.find((c) => c.followUp && !c.followUpDone)?.followUp;
        const payments = records.payments.filter((p) => p.debtId === debt.id);
        return (
          <article key={debt.id} className="lender">
            <h3>{debt.name}</h3>
            {summary ? (
              <p>
                {t('print.planOutcome', {
                  payoff: summary.payoffDate ? format.date(summary.payoffDate) : t('print.notPaid'),
                  paid: format.money(summary.paid),
                  penalty: format.money(summary.penalty),
                })}
              </p>
            ) : null}
            <h4>{t('print.agreements')}</h4>
            {debt.agreements.length > 0 ? (
              <ul>
                {debt.agreements.map((agreement, index) => (
                  <li key={index}>
                    {describeAgreement(agreement, text)} —{' '}
                    {t(`negotiation.agreements.status.${agreement.status}`)}
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('print.noAgreements')}</p>
            )}
            <InstallmentCosts
              installments={bundle.result.summary.installments.filter((i) => i.debtId === debt.id)}
              heading="h4"
            />
            {statement ? (
              <>
                <h4>{t('print.statement')}</h4>
                <div className="statement-text">{statement.text}</div>
              </>
            ) : null}
            {evidence.length > 0 ? (
              <>
                <h4>{t('print.evidence')}</h4>
                <ul>
                  {evidence.map((item) => (
                    <li key={item.id}>
                      {t('print.evidenceLine', {
                        item: t(`print.evidenceItem.${item.item}`),
                        status: t(`print.evidenceStatus.${item.status}`),
                      })}
                      {item.note ? ` — ${item.note}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {payments.length > 0 ? <PaymentEvidence payments={payments} heading="h4" /> : null}
            {contacts.length > 0 ? (
              <>
                <h4>{t('print.contacts')}</h4>
                <p>
                  {t('print.contactsSummary', {
                    count: contacts.length,
                    last: format.date(contacts[0]?.at.slice(0, 10) ?? ''),
                  })}
                  {next ? ` ${t('print.nextFollowUp', { date: format.date(next) })}` : ''}
                </p>
                <ul>
                  {contacts.map((contact) => (
                    <li key={contact.id}>
                      {t('print.contactLine', {
                        at: `${format.date(contact.at.slice(0, 10))} ${contact.at.slice(11, 16)}`,
                        channel: t(`print.channel.${contact.channel}`),
                        who: contact.who || '—',
                        answer: [contact.said, contact.answer, contact.promised]
                          .filter(Boolean)
                          .join(' / '),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </article>
        );
      })}
    </section>
  );
}
