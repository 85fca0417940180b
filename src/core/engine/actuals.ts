import { Dec, ZERO, atLeastZero, minDec } from '../money';
import { allocate, type Claim } from './allocate';
import type { Actuals } from '../scenario/types';
import type { Period, Timeline } from './timeline';

/** Where a period stands against the as-of date (v2 §14). */
export type Phase = 'past' | 'current' | 'planned';

/**
 * The recorded payments (v2 §14), summed per period and debt. Dates are ISO text, so they
 * compare as text.
 */
export class ActualsBook {
  private readonly asOf: string | null;
  private readonly byPeriod = new Map<number, Map<string, Dec>>();
  /** Every recorded payment, applied or not. */
  readonly total: Dec;

  constructor(actuals: Actuals | undefined, timeline: Timeline) {
    this.asOf = actuals?.asOf ?? null;
    let total = ZERO;
    for (const payment of actuals?.payments ?? []) {
      const amount = new Dec(payment.amount);
      total = total.plus(amount);
      const k = timeline.periodOf(payment.date);
      let debts = this.byPeriod.get(k);
      if (debts === undefined) this.byPeriod.set(k, (debts = new Map()));
      debts.set(payment.debtId, (debts.get(payment.debtId) ?? ZERO).plus(amount));
    }
    this.total = total;
  }

  /** Past: the period ended on or before asOf. Current: it contains asOf. */
  phase(period: Period): Phase {
    if (this.asOf === null) return 'planned';
    if (period.endText <= this.asOf) return 'past';
    return period.startText <= this.asOf ? 'current' : 'planned';
  }

  /** The recorded payments dated in period k, per debt id. */
  paymentsIn(k: number): ReadonlyMap<string, Dec> | undefined {
    return this.byPeriod.get(k);
  }
}

/**
 * Applies the payments recorded in this period (v2 §14), each debt taking at most what it owes
 * now; returns the total applied. Payments to a debt already paid are not applied.
 */
export function applyRecorded(claims: readonly Claim[], recorded: ReadonlyMap<string, Dec>): Dec {
  let applied = ZERO;
  for (const claim of claims) {
    const amount = recorded.get(claim.debt.id);
    if (amount === undefined) continue;
    claim.recorded = amount;
    claim.fromActual = minDec(amount, claim.balance);
    applied = applied.plus(claim.fromActual);
  }
  return applied;
}

/**
 * The money paid out in the period besides the recorded payments: none in a past period (only
 * what was recorded was paid); in the others, capacity plus what was carried, less the recorded
 * payments already applied. Returns what is left over.
 */
export function payPeriod(
  phase: Phase,
  ordered: readonly Claim[],
  available: Dec,
  recorded: Dec,
  paySurplus: boolean,
): Dec {
  if (phase === 'past') return ZERO;
  const money = recorded.isZero() ? available : atLeastZero(available.minus(recorded));
  return allocate(ordered, money, paySurplus);
}
