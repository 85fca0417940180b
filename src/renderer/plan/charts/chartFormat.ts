/** How the charts write amounts and months, and the colours they draw with. */
import { intlFormatter } from '../../format/intlCache';

/**
 * Okabe–Ito: a palette that stays distinguishable with the common colour-vision deficiencies.
 * More debts than colours repeat the cycle; the legend, tooltip and table still name each one.
 */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;

export function colourOf(index: number): string {
  return PALETTE[index % PALETTE.length] ?? PALETTE[0];
}

/**
 * Axis ticks: recharts picks the tick values (plain numbers on its scale, not plan amounts), so
 * they are formatted as numbers, whole and in full ("¥8,000", "¥16,000"). Compact notation read
 * unevenly along one axis ("¥8000.0" beside "¥1.6万"; "¥16.0K" in English).
 */
export function axisMoneyFormatter(currency: string, language: string): (value: number) => string {
  // The same function for the same language and currency: an axis' labels, kept while the
  // formatter is the same, are not rebuilt.
  return intlFormatter(`axisMoney|${language}|${currency}`, () => {
    const format = new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: 0,
    });
    return (value: number) => format.format(value);
  });
}

/** The money axis' width while its labels are short (up to "¥1,000,000"), as it always was. */
const MONEY_AXIS_PX = 80;
/** A tick label's character, at the axis' 12 px: "¥1,000,000,000" measured 84 px in Chinese, 95 in English. */
const TICK_CHAR_PX = 7;
/** The tick mark and the room on either side of the label. */
const TICK_ROOM_PX = 10;

/**
 * How wide a money axis is drawn: room for its longest label, so a plan that reaches hundreds of
 * millions does not have its amounts cut at the chart's edge. The axis' round ticks reach at
 * most the power of ten above the highest amount drawn, and that one's label is the longest.
 */
export function moneyAxisWidth(highest: number, currency: string, language: string): number {
  const reach = highest > 1 ? 10 ** Math.ceil(Math.log10(highest)) : 1;
  const label = axisMoneyFormatter(currency, language)(reach);
  return Math.max(MONEY_AXIS_PX, label.length * TICK_CHAR_PX + TICK_ROOM_PX);
}

/** A period start (YYYY-MM-DD) as a short month for axes and tooltips: "2026年12月", "Dec 2026". */
export function shortMonthFormatter(language: string): (start: string) => string {
  const format = intlFormatter(
    `shortMonth|${language}`,
    () => new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', timeZone: 'UTC' }),
  );
  return (start) => {
    const [y, m] = start.split('-').map(Number);
    return y && m ? format.format(new Date(Date.UTC(y, m - 1, 1))) : start;
  };
}

/**
 * Fixed size for print (the PDF export renders off-screen, where nothing can be measured). The
 * legend is below the drawing, outside this height: a plan's charts still take two per page.
 */
export const PRINT_SIZE = { width: 680, height: 206 } as const;
export const SCREEN_HEIGHT = 320;
