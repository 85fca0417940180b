import { intlFormatter } from '../format/intlCache';

/**
 * The symbol shown beside an amount field ("¥", "HK$", "$"), as the user's language writes
 * the currency; the code itself when Intl has no shorter form.
 */
export function currencySymbol(currency: string, locale: string): string {
  const parts = intlFormatter(
    `currencySymbol|${locale}|${currency}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
      }),
  ).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}
