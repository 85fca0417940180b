/**
 * Waiver requests (减免) where DOMAIN step 3 says they are promising: a small amount (full
 * waiver, whether the overdue is short or long), or a short overdue on a large amount (pay part
 * first to cut the base penalty grows on, then ask to waive the penalty).
 */
import { Dec, formatMoney, minDec } from '../money';
import type { Agreement } from '../scenario/types';
import { SMALL_AMOUNT, WAIVER_SHORT_OVERDUE_DAYS, WAIVER_SMALL_AMOUNT } from './constants';
import type { ProposalContextData } from './context';
import type { ProposalOption, ProposalParams, ProposalReason } from './types';

export function waiverOptions(ctx: ProposalContextData, overdueDays?: number): ProposalOption[] {
  const record = ctx.record;
  if (record === null) return [];
  // The cues are about overdue debt: by the days when known, else by the debt's state.
  const overdue =
    overdueDays !== undefined
      ? overdueDays > 0
      : record.startOverdue.gt(0) || record.startPenalty.gt(0) || record.startFees.gt(0);
  if (!overdue) return [];
  const balance = record.startBalance;
  const known = overdueDays !== undefined;
  const short = known && overdueDays <= WAIVER_SHORT_OVERDUE_DAYS;
  const params: ProposalParams = {
    balance: formatMoney(balance),
    penalty: formatMoney(record.startPenalty),
    interest: formatMoney(record.startInterest),
    fees: formatMoney(record.startFees),
    smallAmount: WAIVER_SMALL_AMOUNT,
    shortOverdueDays: WAIVER_SHORT_OVERDUE_DAYS,
    overdueDaysKnown: known ? 1 : 0,
  };
  if (known) params.overdueDays = overdueDays;

  if (balance.lt(SMALL_AMOUNT)) {
    // A full waiver: penalty, interest and late fees, everything beyond the principal.
    const reason: ProposalReason = !known
      ? 'smallAmount'
      : short
        ? 'shortOverdueSmallAmount'
        : 'longOverdueSmallAmount';
    const agreement: Agreement = {
      kind: 'waiver',
      date: ctx.date,
      status: 'proposed',
      penalty: 'all',
      interest: 'all',
      fees: 'all',
    };
    return [withWaived(ctx, reason, params, agreement)];
  }
  if (!short) return [];
  // Large amount, short overdue: what this month's capacity left can pay now, then the ask.
  const payNow = minDec(ctx.left.month(ctx.period).left, record.balance);
  if (!payNow.gt(0)) return [];
  const agreement: Agreement = {
    kind: 'waiver',
    date: ctx.date,
    status: 'proposed',
    penalty: 'all',
  };
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
