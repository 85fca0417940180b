import { Dec, ZERO } from './money';

/**
 * A rate as given in input: exactly one unit (validation guarantees it), a decimal fraction
 * ("0.0005" is 0.05 %).
 */
export interface RateInput {
  daily?: string | undefined;
  monthly?: string | undefined;
  annual?: string | undefined;
}

/** A rate in every unit the engine needs, converted once (model §1). */
export interface Rate {
  readonly unit: 'daily' | 'monthly' | 'annual';
  readonly given: Dec;
  readonly daily: Dec;
  readonly monthly: Dec;
  readonly annual: Dec;
}

const DAYS_PER_YEAR = new Dec(365);
const MONTHS_PER_YEAR = new Dec(12);

export const ZERO_RATE: Rate = {
  unit: 'daily',
  given: ZERO,
  daily: ZERO,
  monthly: ZERO,
  annual: ZERO,
};

/**
 * Each unit is derived from the given one along the lender's convention (annual = daily × 365,
 * monthly = annual / 12), never from an already-derived unit, so a stated rate is used as is.
 */
export function toRate(input: RateInput | undefined): Rate {
  if (input === undefined) return ZERO_RATE;
  if (input.daily !== undefined) {
    const daily = new Dec(input.daily);
    const annual = daily.times(DAYS_PER_YEAR);
    return { unit: 'daily', given: daily, daily, monthly: annual.div(MONTHS_PER_YEAR), annual };
  }
  if (input.monthly !== undefined) {
    const monthly = new Dec(input.monthly);
    const annual = monthly.times(MONTHS_PER_YEAR);
    return { unit: 'monthly', given: monthly, daily: annual.div(DAYS_PER_YEAR), monthly, annual };
  }
  const annual = new Dec(input.annual ?? 0);
  return {
    unit: 'annual',
    given: annual,
    daily: annual.div(DAYS_PER_YEAR),
    monthly: annual.div(MONTHS_PER_YEAR),
    annual,
  };
}

/** An installment agreement's monthly rate r, as a daily cost for ordering debts (model §7). */
export function monthlyToDaily(monthly: Dec): Dec {
  return monthly.times(MONTHS_PER_YEAR).div(DAYS_PER_YEAR);
}
