/**
 * One Intl formatter per currency and language, reused for every cell: building a formatter per
 * figure (as formatMoney does) is too slow for thousands of cells while scrolling. The decimal
 * string itself goes to Intl, so no float stands between the plan and the screen.
 */
export function moneyFormatter(currency: string, language: string): (amount: string) => string {
  const format = new Intl.NumberFormat(language, { style: 'currency', currency });
  return (amount) => format.format(amount as unknown as number); // a valid Intl.StringNumericLiteral
}
