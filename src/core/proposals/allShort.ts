/**
 * When no set holds, the numbers that say how far off it is: the least extra a month, the least
 * cut in fixed costs, the cheapest single settlement funded by a one-off extra, and which lenders
 * to protect first with the money there is. Every figure is found by planning, not estimated.
 */
import { Dec, ZERO, formatMoney } from '../money';
import type { BudgetItem, Scenario } from '../scenario/types';
import { type Assignment, build, standardAssignments } from './allSearch';
import type { TotalContextData } from './allSets';
import type { TotalAgreement, TotalNothingFits } from './allTypes';
import { lastDayOf, settlement } from './settlements';

const YUAN = new Dec(1);
/** Above any household's money: the search for a least amount gives up beyond it. */
const LIMIT = new Dec('1e11');

/**
 * The least whole amount (rounded up to the unit: "¥X more a month") for which `holds` is true,
 * assuming more never hurts; or null.
 */
function leastAmount(holds: (amount: Dec) => boolean, start: Dec): Dec | null {
  let high = start.gt(YUAN) ? start.ceil() : new Dec(100);
  while (!holds(high)) {
    high = high.times(2);
    if (high.gt(LIMIT)) return null;
  }
  let low = ZERO;
  // Invariant: holds(high), and low is 0 or an amount that does not hold.
  while (high.minus(low).gt(YUAN)) {
    const mid = low.plus(high).div(2).floor();
    if (holds(mid)) high = mid;
    else low = mid;
  }
  return high;
}

function monthOf(ctx: TotalContextData): string {
  return ctx.timeline.period(ctx.period).startText.slice(0, 7);
}

function withExtra(ctx: TotalContextData, item: BudgetItem): Scenario {
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

/** The assignment at the longest common term holds on the scenario. */
function holdsAtLongest(ctx: TotalContextData, assign: Assignment, scenario: Scenario): boolean {
  const set = build(ctx, assign, ctx.terms[ctx.terms.length - 1] ?? 0, scenario);
  return set !== null && ctx.evaluate(set, scenario).holds;
}

/** The least amount with which one of the assignments holds, on scenarios made by `change`. */
function leastOver(
  ctx: TotalContextData,
  assignments: Assignment[],
  change: (amount: Dec) => Scenario,
  start: Dec,
): Dec | null {
  let least: Dec | null = null;
  for (const assign of assignments) {
    const found = leastAmount((x) => holdsAtLongest(ctx, assign, change(x)), start);
    if (found !== null && (least === null || found.lt(least))) least = found;
  }
  return least;
}

/**
 * One lender settled at its whole balance this month, funded by a one-off extra, the rest on
 * 停息挂账 at the longest term: the least extra. The smallest balance is tried (the least money
 * that takes one lender off the list); searching every lender would cost a search each.
 */
function cheapestSettlement(ctx: TotalContextData, assign: Assignment) {
  const months = ctx.terms[ctx.terms.length - 1] ?? 1;
  const balance = (id: string) => ctx.record(id)?.balance ?? ZERO;
  const id = [...ctx.negotiable].sort((a, b) => balance(a).comparedTo(balance(b)))[0];
  if (id === undefined) return null;
  const amount = formatMoney(balance(id));
  const settle = settlement(lastDayOf(ctx.scenario.startDate, ctx.period), amount);
  const extra = leastAmount((x) => {
    const scenario = withExtra(ctx, {
      name: 'settlement',
      amount: formatMoney(x),
      frequency: 'once',
      month: monthOf(ctx),
    });
    const set = build(ctx, new Map(assign).set(id, 'keep'), months, scenario);
    return set !== null && ctx.evaluate(set.set(id, settle), scenario).holds;
  }, balance(id));
  return extra === null ? null : { debtId: id, amount, extra: formatMoney(extra) };
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

/** The largest month's shortfall of the assignment at the longest term: where to start looking. */
function worstShortfall(ctx: TotalContextData, assign: Assignment): Dec {
  const set = build(ctx, assign, ctx.terms[ctx.terms.length - 1] ?? 0);
  let worst = ZERO;
  for (const period of set === null ? [] : ctx.evaluate(set).trace.periods.slice(ctx.period)) {
    let short = ZERO;
    for (const debt of period.debts.values())
      if (debt.due.gt(debt.payment)) short = short.plus(debt.due.minus(debt.payment));
    worst = Dec.max(worst, short);
  }
  return worst;
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

export function nothingHolds(ctx: TotalContextData): TotalNothingFits {
  const distinct = new Map(
    standardAssignments(ctx)
      .slice(0, 2)
      .map((a) => [JSON.stringify([...a]), a]),
  );
  const assignments = [...distinct.values()];
  const extraFrom = (amount: Dec) =>
    withExtra(ctx, {
      name: 'extra',
      amount: formatMoney(amount),
      frequency: 'monthly',
      startMonth: monthOf(ctx),
    });
  const start = Dec.min(...assignments.map((a) => worstShortfall(ctx, a)));
  const missing = leastOver(ctx, assignments, extraFrom, start);
  const costs = monthlyCosts(ctx);
  const cutAll = (x: Dec) => withCut(ctx, x);
  let cut: Dec | null;
  if (cutIsExtra(ctx)) cut = missing !== null && missing.lte(costs) ? missing : null;
  else if (assignments.some((a) => holdsAtLongest(ctx, a, cutAll(costs))))
    cut = leastOver(ctx, assignments, cutAll, costs);
  else cut = null;
  return {
    reason: 'tooLittleMoney',
    months: ctx.terms[ctx.terms.length - 1] ?? 0,
    missingMonthly: missing === null ? null : formatMoney(missing),
    cutCostsMonthly: cut === null ? null : formatMoney(cut),
    settlement: cheapestSettlement(ctx, assignments[0] ?? new Map()),
    fallback: fallback(ctx),
  };
}
