/**
 * Installment plans (分期 / 个性化分期, and 停息挂账: rate 0, penalty and interest waived) whose
 * payment fits the capacity left in every month of the term. The level payment is worked out as
 * the engine does (model §8) to skip terms that cannot fit; each remaining one is then planned,
 * and offered only if the engine pays every installment within the capacity left.
 */
import { Dec, ONE, ZERO, formatMoney, posted } from '../money';
import { toRate } from '../rates';
import type { Agreement } from '../scenario/types';
import { ratesInForce } from '../engine/state';
import { INSTALLMENT_TERMS } from './constants';
import type { ProposalContextData, Tried } from './context';
import type { ProposalOption, ProposalReason } from './types';

/** At most this many terms per kind: the shortest that fits and one longer alternative. */
const TERMS_PER_KIND = 2;

interface Kind {
  reason: ProposalReason;
  rate: string;
  waivePenalty: boolean;
  waiveInterest: boolean;
}

/** The level payment of model §8 (equalPayment). */
function level(total: Dec, rate: Dec, months: number): Dec {
  if (rate.isZero()) return posted(total.div(months));
  return posted(total.times(rate).div(ONE.minus(ONE.plus(rate).pow(-months))));
}

/**
 * 停息挂账 first (what the articles advise asking for), then an ordinary installment at the
 * debt's own interest rate as a monthly rate (what a lender is likelier to grant). The rate is
 * rounded to 6 decimals, as a lender would quote it.
 */
function kinds(ctx: ProposalContextData): Kind[] {
  const stop: Kind = {
    reason: 'interestStopFits',
    rate: '0',
    waivePenalty: true,
    waiveInterest: true,
  };
  const debt = ctx.scenario.debts.find((d) => d.id === ctx.debtId);
  // The rate the lender charges at the proposal's date, after any rate change (v2 §12).
  const rates = debt === undefined ? {} : ratesInForce(debt, ctx.timeline, ctx.period);
  const monthly = toRate(rates.interestRate).monthly.toDecimalPlaces(6).toString();
  const record = ctx.record;
  const nothingToWaive =
    record !== null && record.startPenalty.isZero() && record.startInterest.isZero();
  // With no rate and nothing to waive, the ordinary plan is the same as 停息挂账.
  if (new Dec(monthly).isZero() && nothingToWaive) return [stop];
  return [
    stop,
    { reason: 'installmentFits', rate: monthly, waivePenalty: false, waiveInterest: false },
  ];
}

function agreementFor(ctx: ProposalContextData, kind: Kind, months: number): Agreement {
  return {
    kind: 'installment',
    date: ctx.date,
    status: 'proposed',
    months,
    method: 'equalPayment',
    rate: kind.rate,
    waivePenalty: kind.waivePenalty,
    waiveInterest: kind.waiveInterest,
    waiveFees: false,
    // What lenders' terms say (违约后恢复原息费): a broken plan brings the waivers back.
    onBreak: 'reinstate',
  };
}

/** The terms the plan's horizon leaves room for. */
export function terms(ctx: ProposalContextData): number[] {
  return INSTALLMENT_TERMS.filter((n) => ctx.period + n <= ctx.scenario.horizonMonths);
}

/** Every installment the engine asked for within the capacity left, and their figures. */
function checkInstallments(ctx: ProposalContextData, tried: Tried, months: number) {
  let largest = ZERO;
  let last = ZERO;
  let paid = 0;
  let total: Dec | null = null;
  let within = true;
  for (let k = ctx.period; k < ctx.period + months; k++) {
    const record = tried.trace.periods[k]?.debts.get(ctx.debtId);
    if (record === undefined) break;
    if (k === ctx.period) total = record.installment?.total ?? null;
    if (record.rule !== 'installment') continue;
    paid++;
    last = record.due;
    if (record.due.gt(largest)) largest = record.due;
  }
  // One figure to compare, as the person will: the largest installment against the least
  // capacity left in the term (stricter than month by month, and what the UI shows).
  if (largest.gt(ctx.left.least(ctx.period, months))) within = false;
  // The agreement must have started at the proposal's period and run its whole term.
  return {
    within: within && total !== null && paid === months,
    largest,
    last,
    total: total ?? ZERO,
  };
}

function estimate(ctx: ProposalContextData, kind: Kind, months: number): Dec {
  const r = ctx.record;
  if (r === null) return ZERO;
  const total = r.startBalance
    .minus(kind.waivePenalty ? r.startPenalty : ZERO)
    .minus(kind.waiveInterest ? r.startInterest : ZERO);
  return level(total, new Dec(kind.rate), months);
}

function optionFor(
  ctx: ProposalContextData,
  kind: Kind,
  months: number,
  agreement: Agreement,
  tried: Tried,
  fits: boolean,
): ProposalOption {
  const figures = checkInstallments(ctx, tried, months);
  const waived = new Dec(tried.trace.summary.totalWaived).minus(ctx.baseline.summary.totalWaived);
  return ctx.option(
    'installment',
    kind.reason,
    {
      months,
      rate: kind.rate,
      total: formatMoney(figures.total),
      installment: formatMoney(figures.largest),
      lastInstallment: formatMoney(figures.last),
      capacityLeft: formatMoney(ctx.left.least(ctx.period, months)),
      waived: formatMoney(waived),
    },
    agreement,
    tried,
    fits,
  );
}

export function installmentOptions(ctx: ProposalContextData): ProposalOption[] {
  if (ctx.record === null) return [];
  const options: ProposalOption[] = [];
  for (const kind of kinds(ctx)) {
    let found = 0;
    for (const months of terms(ctx)) {
      if (found >= TERMS_PER_KIND) break;
      const level = estimate(ctx, kind, months);
      // A level of 0.00 (a few cents over many months) would leave it all to the last one.
      if (level.isZero() || level.gt(ctx.left.least(ctx.period, months))) continue;
      const agreement = agreementFor(ctx, kind, months);
      const tried = ctx.try(agreement);
      if (!tried.keeps || !checkInstallments(ctx, tried, months).within) continue;
      options.push(optionFor(ctx, kind, months, agreement, tried, true));
      found++;
    }
  }
  return options;
}

/** The longest 停息挂账 the horizon allows, planned: the nearest miss when nothing fits. */
export function nearestMiss(ctx: ProposalContextData): ProposalOption | null {
  const all = terms(ctx);
  const months = all[all.length - 1];
  const stop = kinds(ctx)[0];
  if (months === undefined || stop === undefined || ctx.record === null) return null;
  const agreement = agreementFor(ctx, stop, months);
  return optionFor(ctx, stop, months, agreement, ctx.try(agreement), false);
}
