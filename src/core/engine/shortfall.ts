import { type Dec, ZERO, maxDec, minDec, posted } from '../money';
import type { LateFee } from './state';

export interface LateFeeFacts {
  readonly shortfall: Dec;
  readonly exact: Dec;
  readonly amount: Dec;
}

/** The late fee (违约金/滞纳金) on a period's shortfall (model §9). */
export function lateFeeFor(rule: LateFee, shortfall: Dec): LateFeeFacts {
  switch (rule.kind) {
    case 'fixed':
      return { shortfall, exact: rule.amount, amount: rule.amount };
    case 'percentOfShortfall': {
      const exact = rule.fraction.times(shortfall);
      let amount = maxDec(posted(exact), rule.min);
      if (rule.max !== null) amount = minDec(amount, rule.max);
      return { shortfall, exact, amount };
    }
    case 'none':
      return { shortfall, exact: ZERO, amount: ZERO };
  }
}
