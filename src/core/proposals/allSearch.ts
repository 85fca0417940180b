/**
 * The search for sets that hold. Each debt gets a mode (keep, waiver, 停息挂账, settlement); all
 * 停息挂账 share one term, so each lender's share of the monthly money is what it is owed over
 * the same months. For a given assignment of modes the shortest common term that holds is found
 * by binary search over the terms, every step verified by planning. Small households (up to
 * EXHAUSTIVE_DEBTS lenders) try every assignment; larger ones try the few that a counsellor would
 * (everyone on 停息挂账; only the overdue debts; waivers where one is worth asking; keeping), then
 * each lender switched to a settlement in turn.
 */
import type { Agreement } from '../scenario/types';
import type { Evaluated, TotalContextData } from './allSets';

export type Mode = 'keep' | 'waiver' | 'stop' | 'settle';
export type Assignment = ReadonlyMap<string, Mode>;

/** Up to this many lenders, every assignment of modes is tried (4³ = 64 at most). */
export const EXHAUSTIVE_DEBTS = 3;

/** The set of agreements for an assignment at a common term; null when a settlement cannot fit. */
export function build(
  ctx: TotalContextData,
  assign: Assignment,
  term: number,
  scenario = ctx.scenario,
): Map<string, Agreement> | null {
  const set = new Map<string, Agreement>();
  for (const [id, mode] of assign) {
    const waiver = ctx.waivers.get(id);
    if (mode === 'waiver' && waiver !== undefined) set.set(id, waiver);
    else if (mode === 'stop') set.set(id, ctx.interestStop(term));
  }
  // Settlements last: what can be saved depends on every other promise.
  for (const [id, mode] of assign) {
    if (mode !== 'settle') continue;
    const agreement = ctx.settlementWith(set, id, scenario);
    if (agreement === null) return null;
    set.set(id, agreement);
  }
  return set;
}

function tryTerm(
  ctx: TotalContextData,
  assign: Assignment,
  term: number,
  scenario = ctx.scenario,
): Evaluated | null {
  const set = build(ctx, assign, term, scenario);
  if (set === null) return null;
  const evaluated = ctx.evaluate(set, scenario);
  return evaluated.holds ? evaluated : null;
}

/**
 * The assignment at the shortest common term that holds, or null. A longer term is taken never
 * to be harder to keep (each installment is smaller): when the longest fails, none is tried.
 */
export function shortestHolding(
  ctx: TotalContextData,
  assign: Assignment,
  scenario = ctx.scenario,
): Evaluated | null {
  if (![...assign.values()].includes('stop')) return tryTerm(ctx, assign, 0, scenario);
  const terms = ctx.terms;
  let hi = terms.length - 1;
  if (hi < 0) return null;
  let best = tryTerm(ctx, assign, terms[hi] as number, scenario);
  if (best === null) return null;
  let lo = 0;
  hi--;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const found = tryTerm(ctx, assign, terms[mid] as number, scenario);
    if (found !== null) {
      best = found;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return best;
}

/** Lowest net cost, then the earliest debt-free month, then the fewest lenders to convince. */
export function better(a: Evaluated, b: Evaluated): boolean {
  const cost = a.cost.comparedTo(b.cost);
  if (cost !== 0) return cost < 0;
  const months = (e: Evaluated) => e.trace.summary.months ?? Number.POSITIVE_INFINITY;
  if (months(a) !== months(b)) return months(a) < months(b);
  return a.set.size < b.set.size;
}

function modesOf(ctx: TotalContextData, id: string): Mode[] {
  return ctx.waivers.has(id) ? ['keep', 'waiver', 'stop', 'settle'] : ['keep', 'stop', 'settle'];
}

function everyAssignment(ctx: TotalContextData): Assignment[] {
  let all: Map<string, Mode>[] = [new Map()];
  for (const id of ctx.negotiable) {
    all = all.flatMap((partial) => modesOf(ctx, id).map((m) => new Map(partial).set(id, m)));
  }
  return all;
}

/** The assignments a counsellor would try first. */
export function standardAssignments(ctx: TotalContextData): Assignment[] {
  const each = (mode: (id: string) => Mode) => new Map(ctx.negotiable.map((id) => [id, mode(id)]));
  const overdue = (id: string) => ctx.overdue.has(id);
  const cue = (id: string) => ctx.waivers.has(id);
  return [
    each(() => 'stop'),
    each((id) => (overdue(id) ? 'stop' : 'keep')),
    each((id) => (cue(id) ? 'waiver' : overdue(id) ? 'stop' : 'keep')),
    each((id) => (cue(id) ? 'waiver' : 'keep')),
    each(() => 'keep'),
  ];
}

/** The best set that holds, by the preference order, or null when none does. */
export function searchHolding(ctx: TotalContextData): Evaluated | null {
  let best: Evaluated | null = null;
  const consider = (assign: Assignment): Evaluated | null => {
    const found = shortestHolding(ctx, assign);
    if (found !== null && (best === null || better(found, best))) best = found;
    return found;
  };
  if (ctx.negotiable.length <= EXHAUSTIVE_DEBTS) {
    everyAssignment(ctx).forEach(consider);
    return best;
  }
  const standard = standardAssignments(ctx);
  standard.forEach(consider);
  // Then each lender settled in turn, around the first assignment that held (or everyone on
  // 停息挂账 when none did): a settlement can free the months an installment would take.
  const around = standard.find((a) => shortestHolding(ctx, a) !== null) ?? standard[0];
  for (const id of ctx.negotiable) {
    if (around !== undefined) consider(new Map(around).set(id, 'settle'));
  }
  return best;
}
