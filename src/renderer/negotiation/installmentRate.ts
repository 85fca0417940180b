import { Dec } from '../../core/money';

/** Where an annual rate stands against the yardsticks: 4 × LPR, 24 % and 36 %. */
export type RateBand = 'withinLpr' | 'within24' | 'within36' | 'above36';

/**
 * 4 × the one-year LPR is what courts protect of private lending; 24 % is what courts uphold of
 * a financial institution's charges together when asked to reduce them; above 36 % is the line
 * regulators draw for consumer credit (DOMAIN). `apr` and `lprPercent` are percentages.
 */
export function rateBand(apr: string, lprPercent: string): RateBand {
  const rate = new Dec(apr);
  if (rate.lte(new Dec(lprPercent).times(4))) return 'withinLpr';
  if (rate.lte(24)) return 'within24';
  if (rate.lte(36)) return 'within36';
  return 'above36';
}
