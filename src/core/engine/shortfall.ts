import { Dec, HUNDRED, ZERO, maxDec, minDec, posted } from '../money';
import type { LateFeeRule } from '../scenario/types';

export interface LateFeeFacts {
  readonly shortfall: Dec;
  readonly exact: Dec;
  readonly amount: Dec;
}

/** The late fee (违约金/滞纳金) on a period's shortfall (model §9). */
export function lateFeeFor(rule: LateFeeRule, shortfall: Dec): LateFeeFacts {
  switch (rule.kind) {
    case 'fixed': {
      const amount = new Dec(rule.amount);
      return { shortfall, exact: amount, amount };
    }
    case 'percentOfShortfall': {
      const exact = new Dec(rule.percent).div(HUNDRED).times(shortfall);
      let amount = maxDec(posted(exact), new Dec(rule.min));
      if (rule.max !== undefined) amount = minDec(amount, new Dec(rule.max));
      return { shortfall, exact, amount };
    }
    case 'none':
      return { shortfall, exact: ZERO, amount: ZERO };
  }
}
