import { moneyNumberFormat } from '../format/money';

/**
 * The symbol shown beside an amount field ("¥", "HK$", "$"), as the user's language writes
 * the currency: the money formatter's own; the code itself when Intl has no shorter form.
 */
export function currencySymbol(currency: string, locale: string): string {
  const parts = moneyNumberFormat(currency, locale).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}
