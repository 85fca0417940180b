import { Dec } from './money';

/**
 * A year of the plan, in months: what its first-year figures cover (the cost of waiting, of a
 * plan that never ends, what is owed a year on). Long enough to show where things go, short
 * enough to be real: over decades, compound penalty reaches figures no one would pay or believe.
 */
export const FIRST_YEAR_MONTHS = 12;

/** A figure's cost parts, as a schedule row's debt or a debt's summary names them. */
interface CostParts {
  interest: string;
  penalty: string;
  fees: string;
}

/**
 * What a debt costs beyond what was borrowed: interest, penalty interest and fees. One sum, so
 * every view (headline, print, strategies, charts, negotiation) states the same cost. Waived and
 * forgiven amounts are savings, not cost, and are left out.
 */
export function costOfParts(parts: CostParts): Dec {
  return new Dec(parts.interest).plus(parts.penalty).plus(parts.fees);
}

/** A whole plan's cost, from its summary's totals. */
export function planCost(summary: {
  totalInterest: string;
  totalPenalty: string;
  totalFees: string;
}): Dec {
  return costOfParts({
    interest: summary.totalInterest,
    penalty: summary.totalPenalty,
    fees: summary.totalFees,
  });
}

/** The cost of one schedule month: its debts' interest, penalty and fees together. */
export function periodCost(row: { debts: readonly CostParts[] }): Dec {
  return row.debts.reduce((sum, debt) => sum.plus(costOfParts(debt)), new Dec(0));
}
