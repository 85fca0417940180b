import { type Dec, ZERO, atLeastZero, isAboveZero, maxDec, minDec, posted, sub } from '../money';
import type { LateFee } from './state';

export interface LateFeeFacts {
  readonly shortfall: Dec;
  /** Fees still unpaid after this period's payment: no fee is charged on them (v2 §9). */
  readonly unpaidFees: Dec;
  /** shortfall − unpaidFees; no fee at all when it is not above 0. */
  readonly base: Dec;
  readonly exact: Dec;
  /** The fee the rule gives, before the court cap (v2 §15). */
  readonly ruled: Dec;
  /** What is charged: `ruled`, cut to the cap's room left when there is a cap. */
  readonly amount: Dec;
  /** The cap's room left after this period's interest and penalty; null without a cap. */
  readonly roomLeft: Dec | null;
}

function ruleFee(rule: LateFee, base: Dec): { exact: Dec; amount: Dec } {
  switch (rule.kind) {
    case 'fixed':
      return { exact: rule.amount, amount: rule.amount };
    case 'percentOfShortfall': {
      const exact = rule.fraction.times(base);
      // Posting is monotone and max is a posted amount: from max up the fee is max, whatever
      // posting and the minimum would give — the case of every month a large arrears goes unpaid.
      if (rule.max !== null && exact.gte(rule.max)) return { exact, amount: rule.max };
      let amount = maxDec(posted(exact), rule.min);
      if (rule.max !== null) amount = minDec(amount, rule.max);
      return { exact, amount };
    }
    case 'none':
      return { exact: ZERO, amount: ZERO };
  }
}

/** The late fee (违约金/滞纳金) on a period's shortfall (model §9, §15). */
export function lateFeeFor(
  rule: LateFee,
  shortfall: Dec,
  unpaidFees: Dec,
  roomLeft: Dec | null,
): LateFeeFacts {
  const base = sub(shortfall, unpaidFees);
  const fee = isAboveZero(base) ? ruleFee(rule, base) : { exact: ZERO, amount: ZERO };
  const amount = roomLeft === null ? fee.amount : minDec(fee.amount, atLeastZero(roomLeft));
  return { shortfall, unpaidFees, base, exact: fee.exact, ruled: fee.amount, amount, roomLeft };
}
