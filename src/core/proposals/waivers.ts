/**
 * Waiver requests (减免) where DOMAIN step 3 says they are promising: a small amount (full
 * waiver, whether the overdue is short or long), or a short overdue on a large amount (pay part
 * first to cut the base penalty grows on, then ask to waive the penalty).
 */
import { Dec, formatMoney, minDec } from '../money';
import type { Agreement } from '../scenario/types';
import { SMALL_AMOUNT, WAIVER_SHORT_OVERDUE_DAYS, WAIVER_SMALL_AMOUNT } from './constants';
import type { ProposalContextData } from './context';
import { type DebtRecord, isBehind } from './trace';
import type { ProposalOption, ProposalParams, ProposalReason } from './types';

/** What DOMAIN step 3 says to ask a lender to waive: everything beyond the principal, or the penalty. */
export type WaiverAsk = 'full' | 'penalty';

/**
 * The waiver worth asking of a debt in this state, or null: a small amount overdue, a full
 * waiver (however long the overdue); a short overdue on a large amount, its penalty (once part
 * is paid). Overdue days unknown, the debt's state says whether it is overdue, and only the
 * small-amount cue can apply. Shared by the single-lender proposals and the total plan, so the
 * two never disagree on what a lender can be asked.
 */
export function waiverAsk(record: DebtRecord, overdueDays?: number): WaiverAsk | null {
  const overdue = overdueDays !== undefined ? overdueDays > 0 : isBehind(record);
  if (!overdue) return null;
  if (record.startBalance.lt(SMALL_AMOUNT)) return 'full';
  return overdueDays !== undefined && overdueDays <= WAIVER_SHORT_OVERDUE_DAYS ? 'penalty' : null;
}

/** The agreement a waiver ask proposes on `date`. */
export function waiverAgreement(ask: WaiverAsk, date: string): Agreement {
  return ask === 'full'
    ? { kind: 'waiver', date, status: 'proposed', penalty: 'all', interest: 'all', fees: 'all' }
    : { kind: 'waiver', date, status: 'proposed', penalty: 'all' };
}

export function waiverOptions(ctx: ProposalContextData, overdueDays?: number): ProposalOption[] {
  const record = ctx.record;
  if (record === null) return [];
  const ask = waiverAsk(record, overdueDays);
  if (ask === null) return [];
  const known = overdueDays !== undefined;
  const short = known && overdueDays <= WAIVER_SHORT_OVERDUE_DAYS;
  const params: ProposalParams = {
    balance: formatMoney(record.startBalance),
    penalty: formatMoney(record.startPenalty),
    interest: formatMoney(record.startInterest),
    fees: formatMoney(record.startFees),
    smallAmount: WAIVER_SMALL_AMOUNT,
    shortOverdueDays: WAIVER_SHORT_OVERDUE_DAYS,
    overdueDaysKnown: known ? 1 : 0,
  };
  if (known) params.overdueDays = overdueDays;
  const agreement = waiverAgreement(ask, ctx.date);

  if (ask === 'full') {
    const reason: ProposalReason = !known
      ? 'smallAmount'
      : short
        ? 'shortOverdueSmallAmount'
        : 'longOverdueSmallAmount';
    return [withWaived(ctx, reason, params, agreement)];
  }
  // Large amount, short overdue: what this month's capacity left can pay now, then the ask.
  const payNow = minDec(ctx.left.month(ctx.period).left, record.balance);
  if (!payNow.gt(0)) return [];
  return [withWaived(ctx, 'payPartFirst', { ...params, payNow: formatMoney(payNow) }, agreement)];
}

function withWaived(
  ctx: ProposalContextData,
  reason: ProposalReason,
  params: ProposalParams,
  agreement: Agreement,
): ProposalOption {
  const tried = ctx.try(agreement);
  const waived = new Dec(tried.trace.summary.totalWaived).minus(ctx.baseline.summary.totalWaived);
  return ctx.option(
    'waiver',
    reason,
    { ...params, waived: formatMoney(waived) },
    agreement,
    tried,
    tried.keeps,
  );
}
