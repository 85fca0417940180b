import { Dec, formatMoney } from '../../core/money';
import type { PlanBundle } from '../plan/planProtocol';

/** What the overview says about the plan as lived (model §14), from the plan itself. */
export interface AsLived {
  /** Recorded payments the plan applied, up to today. */
  paidSoFar: string;
  /** Recorded payments the plan could not apply (more than owed, or to a debt already paid). */
  unapplied: string;
  /** What the plan pays from today until it ends, interest and charges ahead included. */
  leftToPay: string;
  /** Past months (YYYY-MM) with no payment recorded at all, not confirmed as unpaid. */
  unrecordedMonths: string[];
}

/**
 * Null while the household records no payments (the plan is then a projection, not as lived).
 * A past month with no recorded payment is not taken as paid: the plan charges it as missed,
 * and the overview asks about it until a payment is recorded or the person confirms none was.
 */
export function asLived(
  bundle: Pick<PlanBundle, 'scenario' | 'result'>,
  confirmedNoPayment: readonly string[],
): AsLived | null {
  const { actuals } = bundle.scenario;
  if (!actuals) return null;
  const { summary, schedule } = bundle.result;
  const unrecordedMonths = schedule
    .slice(0, summary.pastMonths)
    .filter(
      (row) =>
        !actuals.payments.some((payment) => row.start <= payment.date && payment.date < row.end),
    )
    .map((row) => row.start.slice(0, 7))
    .filter((month) => !confirmedNoPayment.includes(month));
  return {
    paidSoFar: summary.actualPaid,
    unapplied: summary.unappliedActuals,
    leftToPay: formatMoney(new Dec(summary.totalPaid).minus(summary.actualPaid)),
    unrecordedMonths,
  };
}

/**
 * What is recorded as paid on or after `asOf` (today), or null if nothing: the plan takes only
 * the payments dated before asOf (model §14; the form refuses later dates, so these are today's),
 * so they are in it only from tomorrow — and the overview says so, instead of showing a payment
 * just recorded as not paid.
 */
export function recordedFrom(
  payments: readonly { date: string; amount: string }[],
  asOf: string,
): string | null {
  const from = payments.filter((payment) => payment.date >= asOf);
  if (from.length === 0) return null;
  return formatMoney(from.reduce((sum, payment) => sum.plus(payment.amount), new Dec(0)));
}
