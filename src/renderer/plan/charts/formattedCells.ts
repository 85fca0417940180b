import { formatMoney } from '../../format/money';

/** Every amount of a chart point, formatted for its table. */
export function formattedCells(
  amounts: Record<string, string>,
  currency: string,
  language: string,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(amounts).map(([key, amount]) => [key, formatMoney(amount, currency, language)]),
  );
}
