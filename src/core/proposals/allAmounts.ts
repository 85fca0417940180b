/**
 * The least amount of money that makes a set hold, found by planning: a first guess read from a
 * plan where money is no object, confirmed (usually in two plans), else bisected to the yuan.
 */
import { Dec, ZERO } from '../money';
import type { Trace } from './trace';

const YUAN = new Dec(1);
/** Above any household's money: more than this and the search gives up. */
export const LIMIT = new Dec('1e11');
/** Money that is no object: added to a plan, every due is paid. */
export const PLENTY = new Dec('1e10');

/**
 * The least whole amount (rounded up: "¥X more a month") for which `holds` is true, assuming more
 * never hurts; null when even LIMIT does not hold. `guess` is where to look first.
 */
export function leastAmount(holds: (amount: Dec) => boolean, guess: Dec): Dec | null {
  // Invariant once bisecting: holds(high), and low does not hold (−1: nothing is known).
  let low = new Dec(-1);
  let high = Dec.max(guess.ceil(), ZERO);
  if (holds(high)) {
    if (high.isZero() || !holds(high.minus(YUAN))) return high;
    high = high.minus(YUAN);
  } else {
    do {
      low = high;
      high = Dec.max(high.times(2), new Dec(100));
      if (high.gt(LIMIT)) return null;
    } while (!holds(high));
  }
  while (high.minus(low).gt(YUAN)) {
    const mid = low.plus(high).div(2).floor();
    if (holds(mid)) high = mid;
    else low = mid;
  }
  return high;
}

/**
 * From a plan given PLENTY (every month when `perMonth`, else once in the first month), what the
 * dues need beyond the budget: the constant amount a month, or the one-off amount, with which the
 * money to pay with never runs out from period `from` on. Exact when no debt takes the surplus
 * (all on agreements); a guess to confirm otherwise.
 */
export function guessExtra(rich: Trace, from: number, perMonth: boolean): Dec {
  let need = rich.periods[from]?.carried.negated() ?? ZERO;
  let worst = ZERO;
  rich.periods.slice(from).forEach((period, i) => {
    const given = perMonth || i === 0 ? PLENTY : ZERO;
    let dues = ZERO;
    for (const debt of period.debts.values()) dues = dues.plus(debt.due);
    need = need.plus(dues).minus(period.capacity.capacity.minus(given));
    worst = Dec.max(worst, perMonth ? need.div(i + 1) : need);
  });
  return worst;
}
