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

type Recorded = readonly { date: string; amount: string }[];

/** The payments' total, or null if there are none. */
function totalOf(payments: Recorded): string | null {
  if (payments.length === 0) return null;
  return formatMoney(payments.reduce((sum, payment) => sum.plus(payment.amount), new Dec(0)));
}

/**
 * What is recorded as paid on or after `asOf` (today), or null if nothing: the plan takes only
 * the payments dated before asOf (model §14; the form refuses later dates, so these are today's),
 * so they are in it only from tomorrow — and the overview says so, instead of showing a payment
 * just recorded as not paid.
 */
export function recordedFrom(payments: Recorded, asOf: string): string | null {
  return totalOf(payments.filter((payment) => payment.date >= asOf));
}

/**
 * What is recorded as paid before the plan's start, or null if nothing. The plan starts from the
 * balances entered for its first day, which such a payment has already lowered (model §14 takes
 * the payments from startDate on): it is kept as evidence, and the overview says why it is not
 * in "paid so far" — a person who types the household today and then records yesterday's
 * payment saw ¥0.00 paid, and no word why.
 */
export function recordedBefore(payments: Recorded, startDate: string): string | null {
  return totalOf(payments.filter((payment) => payment.date < startDate));
}
