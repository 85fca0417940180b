/**
 * Formats a decimal money string ("1234.50") for display. Intl.NumberFormat accepts the string
 * itself as a decimal, so no float ever stands between the stored amount and the screen.
 */
export function formatMoney(amount: string, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(
    amount as unknown as number, // a string is a valid Intl.StringNumericLiteral (ES2023)
  );
}
