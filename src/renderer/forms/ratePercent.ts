import { Dec } from '../../core/money';
import { toRate } from '../../core/rates';
import type { RateSpec } from '../../core/scenario/types';
import { percentDigits } from '../format/percent';

export type RateUnit = 'daily' | 'monthly' | 'annual';
export const rateUnits: readonly RateUnit[] = ['daily', 'monthly', 'annual'];

/** Digits after the decimal point of a plain decimal text. */
const decimalsOf = (text: string): number => text.split('.')[1]?.length ?? 0;

/**
 * The model stores fractions ("0.0005"); people read and type percentages ("0.05"). The shift
 * keeps the digits as typed (trailing zeros too), so "0.0" on its way to "0.05" stays "0.0".
 */
export function fractionToPercent(fraction: string): string {
  if (!/^\d+(\.\d+)?$/.test(fraction)) return fraction;
  return new Dec(fraction).times(100).toFixed(Math.max(decimalsOf(fraction) - 2, 0));
}

/**
 * A typed percentage as the model's fraction. Text that is not a plain number is passed through
 * as it is, so the engine's validation names the problem next to the field.
 */
export function percentToFraction(percent: string): string {
  if (!/^\d+(\.\d+)?$/.test(percent)) return percent;
  return new Dec(percent).div(100).toFixed(decimalsOf(percent) + 2);
}

export function rateUnitOf(rate: RateSpec | undefined): RateUnit {
  if (rate?.monthly !== undefined) return 'monthly';
  if (rate?.annual !== undefined) return 'annual';
  return 'daily';
}

export function ratePercentOf(rate: RateSpec | undefined): string {
  const fraction = rate?.daily ?? rate?.monthly ?? rate?.annual;
  return fraction === undefined ? '' : fractionToPercent(fraction);
}

export function rateFromPercent(unit: RateUnit, percent: string): RateSpec | undefined {
  if (percent.trim() === '') return undefined;
  return { [unit]: percentToFraction(percent) } as RateSpec;
}

/** The same rate in all three units, as percentage strings, or null when it is not a number. */
export function rateInAllUnits(rate: RateSpec | undefined): Record<RateUnit, string> | null {
  if (!rate) return null;
  const unit = rateUnitOf(rate);
  const fraction = rate[unit];
  if (fraction === undefined || !/^\d+(\.\d+)?$/.test(fraction)) return null;
  const converted = toRate({ [unit]: fraction } as { daily: string });
  return {
    daily: percentDigits(converted.daily),
    monthly: percentDigits(converted.monthly),
    annual: percentDigits(converted.annual),
  };
}
