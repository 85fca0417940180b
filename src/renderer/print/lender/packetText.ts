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
 * agreed agreement, the installment figures the engine discloses (with the APR only when the
 * plan has it), and what the plan pays this lender in all.
 */
export function proposalLines(data: LenderPacketData, format: TextFormat): string[] {
  const words = packetMessages(format.language);
  if (data.agreements.length === 0) return [words.noProposal];
  const agreements = data.agreements.map(
    ({ agreement, status, monthlyPayment }) =>
      `${describeAgreement(agreement, format, monthlyPayment)}${words.status[status]}`,
  );
  const installments = data.installments.map((row) =>
    fill(words.installment, {
      amount: format.money(row.amount),
      months: row.months,
      payment: format.money(row.payment),
      totalCost: format.money(row.totalCost),
      apr: row.apr,
    }),
  );
  const { outcome } = data;
  const payoff = outcome.payoffDate ? format.date(outcome.payoffDate) : words.notPaidOff;
  return [
    ...agreements,
    ...installments,
    fill(words.outcome, {
      paid: format.money(outcome.paid),
      cost: format.money(outcome.cost),
      payoff,
    }),
  ];
}

/**
 * The hardship statement and the proposal as plain text, ready to paste into a lender's in-app
 * chat or to save as .txt. Only this lender's statement and agreements: nothing else.
 */
export function packetText(data: LenderPacketData, language: Language): string {
  const words = packetMessages(language);
  const format = textFormat(language, data.facts.currency);
  const proposal = [words.textProposal, ...proposalLines(data, format)].join('\n');
  return data.statement ? `${data.statement}\n\n${proposal}\n` : `${proposal}\n`;
}
