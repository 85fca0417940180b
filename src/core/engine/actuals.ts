import { Dec, ZERO } from '../money';
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
