import type { TFunction } from 'i18next';
import type { AgreementInput } from '../db/AppDB';
import { fractionToPercent } from '../forms/ratePercent';

interface Formatters {
  money: (amount: string) => string;
  date: (iso: string) => string;
}

/**
 * An agreement of model §8 in one plain sentence with its amounts and dates, for the statement,
 * the negotiation workspace and the printed plan: "分期 24 期，等额本息，月利率 0%（停息挂账），
 * 免除罚息，自 2027年3月1日起".
 */
export function describeAgreement(
  agreement: AgreementInput,
  t: TFunction,
  format: Formatters,
): string {
  const date = format.date(agreement.date);
  switch (agreement.kind) {
    case 'waiver': {
      const part = (key: 'penalty' | 'interest' | 'fees', value: string | undefined) =>
        value === undefined
          ? null
          : value === 'all'
            ? t(`agreementText.waiveAll.${key}`)
            : t(`agreementText.waiveAmount.${key}`, { amount: format.money(value) });
      const parts = [
        part('penalty', agreement.penalty),
        part('interest', agreement.interest),
        part('fees', agreement.fees),
      ].filter((p): p is string => p !== null);
      return t('agreementText.waiver', { date, parts: parts.join(t('agreementText.and')) });
    }
    case 'installment': {
      const rate = fractionToPercent(agreement.rate);
      const waived = [
        agreement.waivePenalty ? t('agreementText.waiveAll.penalty') : null,
        agreement.waiveInterest ? t('agreementText.waiveAll.interest') : null,
        agreement.waiveFees ? t('agreementText.waiveAll.fees') : null,
      ].filter((p): p is string => p !== null);
      return t('agreementText.installment', {
        date,
        months: agreement.months,
        method: t(`agreementText.methods.${agreement.method}`),
        rate,
        interestStop: rate === '0' ? t('agreementText.interestStop') : '',
        waived:
          waived.length > 0
            ? t('agreementText.withWaiver', { parts: waived.join(t('agreementText.and')) })
            : '',
      });
    }
    case 'settlement':
      return t('agreementText.settlement', { date, amount: format.money(agreement.amount) });
  }
}
