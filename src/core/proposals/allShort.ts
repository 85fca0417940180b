/**
 * When no set holds, the numbers that say how far off it is, with everyone on 停息挂账 at the
 * longest term: the least extra a month, the least cut in fixed costs, one settlement funded by a
 * one-off extra, and which lenders to protect first with the money there is. Every figure is
 * confirmed by planning.
 */
import { Dec, ZERO, formatMoney } from '../money';
import type { BudgetItem, Scenario } from '../scenario/types';
import { PLENTY, guessExtra, leastAmount } from './allAmounts';
import { type Assignment, build, standardAssignments } from './allSearch';
import type { TotalContextData } from './allSets';
import type { TotalAgreement, TotalNothingFits } from './allTypes';
import { lastDayOf, settlement } from './settlements';
import type { Agreement } from '../scenario/types';

function monthOf(ctx: TotalContextData): string {
  return ctx.timeline.period(ctx.period).startText.slice(0, 7);
}

function extra(ctx: TotalContextData, amount: Dec, perMonth: boolean): Scenario {
  const month = monthOf(ctx);
  const item: BudgetItem = perMonth
    ? { name: 'extra', amount: formatMoney(amount), frequency: 'monthly', startMonth: month }
    : { name: 'extra', amount: formatMoney(amount), frequency: 'once', month };
  const budget = ctx.scenario.budget;
  return { ...ctx.scenario, budget: { ...budget, extras: [...(budget.extras ?? []), item] } };
}

/** The monthly fixed costs cut by `amount`, item by item in input order. */
function withCut(ctx: TotalContextData, amount: Dec): Scenario {
  let rest = amount;
  const fixedCosts = ctx.scenario.budget.fixedCosts.map((item) => {
    if (item.frequency !== 'monthly' || rest.isZero()) return item;
    const cut = Dec.min(rest, item.amount);
    rest = rest.minus(cut);
    return { ...item, amount: formatMoney(new Dec(item.amount).minus(cut)) };
  });
  return { ...ctx.scenario, budget: { ...ctx.scenario.budget, fixedCosts } };
}

function monthlyCosts(ctx: TotalContextData): Dec {
  return ctx.scenario.budget.fixedCosts
    .filter((item) => item.frequency === 'monthly')
    .reduce((sum, item) => sum.plus(item.amount), ZERO);
}

/**
 * Cutting fixed costs by X adds exactly X to every month's capacity when no payment limit caps it
 * and income covers every cost from the proposal's month on (capacity is not clamped at 0); then
 * the cut is the extra, as long as there are that many costs to cut.
 */
function cutIsExtra(ctx: TotalContextData): boolean {
  if (ctx.scenario.budget.paymentLimit !== undefined) return false;
  return ctx.baseline.periods.slice(ctx.period).every((p) => !p.capacity.raw.isNegative());
}

/** The set, made by `make` on a scenario, holds there. */
type SetOn = (scenario: Scenario) => Map<string, Agreement> | null;

function holdsOn(ctx: TotalContextData, make: SetOn, scenario: Scenario): boolean {
  const set = make(scenario);
  return set !== null && ctx.evaluate(set, scenario).holds;
}

/** The least extra (a month, or once) with which the set holds; null when none does. */
function leastExtra(ctx: TotalContextData, make: SetOn, perMonth: boolean): Dec | null {
  const rich = extra(ctx, PLENTY, perMonth);
  const set = make(rich);
  if (set === null) return null;
  const evaluated = ctx.evaluate(set, rich);
  if (!evaluated.holds) return null;
  const guess = guessExtra(evaluated.trace, ctx.period, perMonth);
  return leastAmount((x) => holdsOn(ctx, make, extra(ctx, x, perMonth)), guess);
}

/**
 * One lender settled at its whole balance this month, funded by a one-off extra, the rest on
 * 停息挂账 at the longest term. The smallest balance is tried (the least money that takes one
 * lender off the list); searching every lender would cost a search each.
 */
function oneSettlement(ctx: TotalContextData, everyone: Assignment, term: number) {
  const balance = (id: string) => ctx.record(id)?.balance ?? ZERO;
  const id = [...ctx.negotiable].sort((a, b) => balance(a).comparedTo(balance(b)))[0];
  if (id === undefined) return null;
  const amount = formatMoney(balance(id));
  const settle = settlement(lastDayOf(ctx.scenario.startDate, ctx.period), amount);
  const rest = new Map(everyone).set(id, 'keep');
  const make: SetOn = (scenario) => build(ctx, rest, term, scenario)?.set(id, settle) ?? null;
  const found = leastExtra(ctx, make, false);
  return found === null ? null : { debtId: id, amount, extra: formatMoney(found) };
}

/** The most lenders, smallest balance first, whose 停息挂账 at the longest term holds together. */
function fallback(ctx: TotalContextData): { settleFirst: string[]; agreements: TotalAgreement[] } {
  const term = ctx.terms[ctx.terms.length - 1];
  const settleFirst: string[] = [];
  if (term === undefined) return { settleFirst, agreements: [] };
  const bySize = [...ctx.negotiable].sort((a, b) =>
    (ctx.record(a)?.startBalance ?? ZERO).comparedTo(ctx.record(b)?.startBalance ?? ZERO),
  );
  for (const id of bySize) {
    const trial = [...settleFirst, id];
    const set = new Map(trial.map((d) => [d, ctx.interestStop(term)]));
    const { trace } = ctx.evaluate(set);
    const kept = trace.periods.every((p) =>
      trial.every((d) => p.debts.get(d)?.outcome !== 'agreementBroken'),
    );
    if (kept) settleFirst.push(id);
  }
  const agreement = ctx.interestStop(term);
  return { settleFirst, agreements: settleFirst.map((debtId) => ({ debtId, agreement })) };
}

export function nothingHolds(ctx: TotalContextData): TotalNothingFits {
  const term = ctx.terms[ctx.terms.length - 1] ?? 0;
  const everyone = standardAssignments(ctx)[0] ?? new Map<string, 'stop'>();
  const make: SetOn = (scenario) => build(ctx, everyone, term, scenario);
  const missing = leastExtra(ctx, make, true);
  const costs = monthlyCosts(ctx);
  let cut: Dec | null = null;
  if (cutIsExtra(ctx)) cut = missing !== null && missing.lte(costs) ? missing : null;
  else if (holdsOn(ctx, make, withCut(ctx, costs)))
    cut = leastAmount((x) => holdsOn(ctx, make, withCut(ctx, x)), missing ?? costs);
  return {
    reason: 'tooLittleMoney',
    months: term,
    missingMonthly: missing === null ? null : formatMoney(missing),
    cutCostsMonthly: cut === null ? null : formatMoney(cut),
    settlement: oneSettlement(ctx, everyone, term),
    fallback: fallback(ctx),
  };
}
