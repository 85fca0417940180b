import { intlFormatter } from './intlCache';

/**
 * One Intl formatter per currency and language, reused for every amount: building one per figure
 * is too slow for thousands of schedule cells. narrowSymbol writes "¥1,234.50" in English too,
 * not "CN¥" (the currency is the household's own). The decimal string itself goes to Intl (a
 * valid Intl.StringNumericLiteral), so no float ever stands between the stored amount and the
 * screen.
 */
export function moneyFormatter(currency: string, language: string): (amount: string) => string {
  const format = moneyNumberFormat(currency, language);
  return (amount) => format.format(amount as unknown as number);
}

/** The Intl formatter behind moneyFormatter, for what else shows money: its symbol. */
export function moneyNumberFormat(currency: string, language: string): Intl.NumberFormat {
  return intlFormatter(
    `money|${language}|${currency}`,
    () =>
      new Intl.NumberFormat(language, {
        style: 'currency',
        currency,
        currencyDisplay: 'narrowSymbol',
      }),
  );
}

/** Formats a decimal money string ("1234.50") for display. */
export function formatMoney(amount: string, currency: string, language: string): string {
  return moneyFormatter(currency, language)(amount);
}
