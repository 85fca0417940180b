import type { UiLanguage as Language } from '../../../shared/contract';
import { describeAgreement } from '../../negotiation/agreementText';
import { type TextFormat, fill, textFormat } from '../../negotiation/textFormat';
import type { LenderPacketData } from './lenderPacketData';
import { packetEn, packetZh } from './messages';

export function packetMessages(language: Language) {
  return language === 'zh-CN' ? packetZh : packetEn;
}

/**
 * The proposal in sentences, the same in the PDF and in the text to paste: each proposed or
 * agreed agreement, which of them the figures assume accepted, and what the plan pays this
 * lender in all. The installments' disclosures (with their APR) are separate: the PDF shows
 * them with the yardsticks, the text as sentences.
 */
export function proposalLines(
  data: LenderPacketData,
  format: TextFormat,
): { agreements: string[]; outcome: string } | null {
  const words = packetMessages(format.language);
  if (data.agreements.length === 0) return null;
  const agreements = data.agreements.map(
    ({ agreement, status, monthlyPayment }) =>
      `${describeAgreement(agreement, format, monthlyPayment)}${words.status[status]}`,
  );
  const { outcome, proposal } = data;
  const payoff = outcome.payoffDate ? format.date(outcome.payoffDate) : words.notPaidOff;
  const assumed = proposal
    ? [fill(words.ifAccepted, { terms: describeAgreement(proposal.agreement, format) })]
    : [];
  return {
    agreements: [...agreements, ...assumed],
    outcome: fill(proposal ? words.outcomeIfAccepted : words.outcome, {
      paid: format.money(outcome.paid),
      cost: format.money(outcome.cost),
      payoff,
    }),
  };
}

/** Each installment the plan runs for this lender as the engine discloses it (model §13). */
export function installmentLines(data: LenderPacketData, format: TextFormat): string[] {
  const words = packetMessages(format.language);
  return data.installments.map((row) =>
    fill(words.installment, {
      amount: format.money(row.amount),
      months: row.months,
      payment: format.money(row.payment),
      totalCost: format.money(row.totalCost),
      apr: row.apr,
    }),
  );
}

/**
 * The hardship statement and the proposal as plain text, ready to paste into a lender's in-app
 * chat or to save as .txt. Only this lender's statement and agreements: nothing else.
 */
export function packetText(data: LenderPacketData, language: Language): string {
  const words = packetMessages(language);
  const format = textFormat(language, data.facts.currency);
  const lines = proposalLines(data, format);
  const proposal = [
    words.textProposal,
    ...(lines
      ? [...lines.agreements, ...installmentLines(data, format), lines.outcome]
      : [words.noProposal]),
  ].join('\n');
  return data.statement ? `${data.statement}\n\n${proposal}\n` : `${proposal}\n`;
}
