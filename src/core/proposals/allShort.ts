/**
 * When no set holds, the numbers that say how far off it is: the least extra a month, the least
 * cut in fixed costs, the cheapest single settlement funded by a one-off extra, and which lenders
 * to protect first with the money there is. Every figure is found by planning, not estimated.
 */
import { Dec, ZERO, formatMoney } from '../money';
import type { BudgetItem, Scenario } from '../scenario/types';
import { type Assignment, build, shortestHolding, standardAssignments } from './allSearch';
import type { TotalContextData } from './allSets';
import type { TotalAgreement, TotalNothingFits } from './allTypes';
import { lastDayOf, settlement } from './settlements';

const CENT = new Dec('0.01');
/** Above any household's money: the search for a least amount gives up beyond it. */
const LIMIT = new Dec('1e11');

/** The least amount (to the cent) for which `holds` is true, assuming more never hurts; or null. */
function leastAmount(holds: (amount: Dec) => boolean, start: Dec): Dec | null {
  let high = start.gt(CENT) ? start : new Dec(100);
  while (!holds(high)) {
    high = high.times(2);
    if (high.gt(LIMIT)) return null;
  }
  let low = ZERO;
  // Invariant: holds(high), and low is 0 or an amount that does not hold.
  while (high.minus(low).gt(CENT)) {
    const mid = low.plus(high).div(2).toDecimalPlaces(2, Dec.ROUND_DOWN);
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

/** The least amount with which one of the assignments holds, on scenarios made by `change`. */
function leastOver(
  ctx: TotalContextData,
  assignments: Assignment[],
  change: (amount: Dec) => Scenario,
  start: Dec,
): Dec | null {
  let least: Dec | null = null;
  for (const assign of assignments) {
    const found = leastAmount((x) => shortestHolding(ctx, assign, change(x)) !== null, start);
    if (found !== null && (least === null || found.lt(least))) least = found;
  }
  return least;
}

/** One lender settled at its whole balance this month, the rest on 停息挂账, the least extra. */
function cheapestSettlement(ctx: TotalContextData, assignments: Assignment[]) {
  let best: { debtId: string; amount: string; extra: Dec } | null = null;
  const date = lastDayOf(ctx.scenario.startDate, ctx.period);
  for (const id of ctx.negotiable) {
    const balance = ctx.record(id)?.balance ?? ZERO;
    const amount = formatMoney(balance);
    const settle = settlement(date, amount);
    const extra = leastAmount((x) => {
      const scenario = withExtra(ctx, {
        name: 'settlement',
        amount: formatMoney(x),
        frequency: 'once',
        month: monthOf(ctx),
      });
      return assignments.some((assign) => {
        const term = ctx.terms[ctx.terms.length - 1] ?? 0;
        const set = build(ctx, new Map(assign).set(id, 'keep'), term, scenario);
        return set !== null && ctx.evaluate(set.set(id, settle), scenario).holds;
      });
    }, balance);
    if (extra !== null && (best === null || extra.lt(best.extra)))
      best = { debtId: id, amount, extra };
  }
  return best === null ? null : { ...best, extra: formatMoney(best.extra) };
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
  const assignments = standardAssignments(ctx).slice(0, 2);
  const extraFrom = (amount: Dec) =>
    withExtra(ctx, {
      name: 'extra',
      amount: formatMoney(amount),
      frequency: 'monthly',
      startMonth: monthOf(ctx),
    });
  const missing = leastOver(ctx, assignments, extraFrom, new Dec(100));
  const costs = monthlyCosts(ctx);
  const cutAll = (x: Dec) => withCut(ctx, x);
  const canCut = assignments.some((a) => shortestHolding(ctx, a, cutAll(costs)) !== null);
  const cut = canCut ? leastOver(ctx, assignments, cutAll, costs) : null;
  return {
    reason: 'tooLittleMoney',
    months: ctx.terms[ctx.terms.length - 1] ?? 0,
    missingMonthly: missing === null ? null : formatMoney(missing),
    cutCostsMonthly: cut === null ? null : formatMoney(cut),
    settlement: cheapestSettlement(ctx, assignments),
    fallback: fallback(ctx),
  };
}
