import { Dec } from '../../core/money';
import type { AgreementInput } from '../db/AppDB';
import { type TextFormat, fill, messagesIn } from './textFormat';

type Part = 'penalty' | 'interest' | 'fees';

/**
 * An agreement (model §8) in words, with its amounts and dates: the proposal list, the breach
 * check and the hardship statement all say it the same way. `monthlyPayment`, when known (from
 * the proposal or the plan), is the installment each month.
 */
export function describeAgreement(
  agreement: AgreementInput,
  format: TextFormat,
  monthlyPayment?: string,
): string {
  const words = messagesIn(format.language).agreementText;
  const { separator, lastSeparator } = words.waiverParts;
  const partList = (parts: string[]) =>
    parts.length < 2
      ? parts.join('')
      : `${parts.slice(0, -1).join(separator)}${lastSeparator}${parts[parts.length - 1] ?? ''}`;
  const date = format.date(agreement.date);

  switch (agreement.kind) {
    case 'waiver': {
      const parts = (['penalty', 'interest', 'fees'] as const).flatMap((part: Part) => {
        const value = agreement[part];
        if (value === undefined) return [];
        const name = words.waiverParts[part];
        return value === 'all'
          ? [fill(words.waiverParts.all, { part: name })]
          : [fill(words.waiverParts.amount, { part: name, amount: format.money(value) })];
      });
      return parts.length === 0
        ? words.waiverNothing
        : fill(words.waiver, { parts: partList(parts), date });
    }
    case 'installment': {
      const waivedParts = (
        [
          ['penalty', agreement.waivePenalty],
          ['interest', agreement.waiveInterest],
          ['fees', agreement.waiveFees],
        ] as const
      ).flatMap(([part, waived]) => (waived ? [words.waiverParts[part]] : []));
      const waived =
        waivedParts.length > 0 ? fill(words.waived, { parts: partList(waivedParts) }) : '';
      const payment = monthlyPayment
        ? fill(words.installmentPayment, { payment: format.money(monthlyPayment) })
        : '';
      // No rate and interest waived: the interest-stop plan (停息挂账) of DOMAIN step 3.
      if (new Dec(agreement.rate).isZero() && agreement.waiveInterest) {
        return fill(words.interestStop, { date, months: agreement.months, waived }) + payment;
      }
      const method = fill(
        agreement.method === 'equalPayment' ? words.equalPayment : words.flatFee,
        {
          rate: format.percent(agreement.rate),
        },
      );
      return fill(words.installment, { date, months: agreement.months, method, waived }) + payment;
    }
    case 'settlement':
      return fill(words.settlement, { date, amount: format.money(agreement.amount) });
  }
}

/**
 * An agreement as a heading: its description alone, starting with a capital. The description
 * already names the kind ("a one-off settlement of…"), so no "Settlement:" label goes before it.
 */
export function agreementHeading(agreement: AgreementInput, format: TextFormat): string {
  const text = describeAgreement(agreement, format);
  return text.charAt(0).toLocaleUpperCase(format.language) + text.slice(1);
}
