import { Dec } from '../../core/money';

/**
 * A rate fraction as percentage digits, up to six significant ones, never in exponent form:
 * "0.0005" → "0.05". For a field or a cell whose label already says "%".
 */
export function percentDigits(fraction: string | Dec): string {
  return new Dec(fraction).times(100).toSignificantDigits(6).toFixed();
}

/** A rate fraction as a percentage: "0.0005" → "0.05%". */
export function formatPercent(fraction: string | Dec): string {
  return `${percentDigits(fraction)}%`;
}
