import type { PlanResult, ScheduleRow } from '../../core/engine/output';
import { Dec, ZERO } from '../../core/money';
import type { ScenarioInput } from '../../core/scenario/types';
import type { RebaseRow } from '../db/AppDB';

export interface DebtProgress {
  id: string;
  name: string;
  /** What the baseline planned to pay this debt in the months now past. */
  planned: string;
  /** What was paid to it in those months (the recorded payments, as the plan applied them). */
  paid: string;
}

export interface ChartPoint {
  /** The date the balance is as of: the plan's start, then each period's end. */
  date: string;
  /** Absent on a date only the lived line has (after a re-base, its months run from another day). */
  baseline?: string;
  /** Absent after today: the lived line stops where life is. */
  lived?: string;
}

/**
 * The plan as lived before today's plan started, when it was started anew from the lenders'
 * figures (re-base, issue 13): the kept re-bases, and today's plan's own start and opening.
 */
export interface LivedHistory {
  rebases: readonly RebaseRow[];
  start: string;
  opening: string;
}

export interface Progress {
  /** 'notStarted' until a first month of the baseline has gone by. */
  status: 'notStarted' | 'onTrack' | 'behind';
  /** The months of the baseline now past. */
  monthsPast: number;
  /** How far behind the baseline's balance the lived balance is ("0.00" when on track). */
  behindBy: string;
  debts: DebtProgress[];
  chart: ChartPoint[];
  /** The share of the opening balance repaid, 0–1 (for the progress bar). */
  repaid: number;
  /** Debts with nothing left to pay, in the order they were cleared. */
  cleared: { id: string; name: string; date: string }[];
  /** Months gone by since the last due paid short; null when none was. */
  monthsSinceMiss: number | null;
}

const total = (row: ScheduleRow, field: 'balance' | 'payment'): Dec =>
  row.debts.reduce((sum, debt) => sum.plus(debt[field]), ZERO);

/** What one debt owes at the start: its principal, interest, penalty and fees. */
export function debtOpening(debt: ScenarioInput['debts'][number]): Dec {
  return new Dec(debt.principal)
    .plus(debt.interest ?? 0)
    .plus(debt.penalty ?? 0)
    .plus(debt.fees ?? 0);
}

/** The balance owed at the start: every debt's principal, interest, penalty and fees. */
export function openingBalance(scenario: ScenarioInput): Dec {
  return scenario.debts.reduce((sum, debt) => sum.plus(debtOpening(debt)), ZERO);
}

/** The balance still owed at a period's end, all debts together. */
export const rowBalance = (row: ScheduleRow): Dec => total(row, 'balance');

/** Whether some due was paid short in a period. */
export function paidShort(row: ScheduleRow): boolean {
  return row.debts.some((debt) => new Dec(debt.payment).lessThan(debt.due));
}

/** The history a plan's progress is read with: today's plan's start, and the re-bases before it. */
export function livedHistory(scenario: ScenarioInput, rebases: readonly RebaseRow[]): LivedHistory {
  return { rebases, start: scenario.startDate, opening: openingBalance(scenario).toFixed(2) };
}

interface LivedBalance {
  date: string;
  balance: Dec;
  /** A period's end (with whether a due was paid short in it), or a plan's start. */
  missed: boolean | null;
}

/**
 * The balance as lived, oldest first, from the baseline's start: each kept plan's start and
 * period ends until it was started anew, then today's plan's start and its past period ends.
 */
function livedBalances(
  baselineStart: string,
  opening: Dec,
  lived: PlanResult,
  today: string,
  history: LivedHistory | undefined,
): LivedBalance[] {
  const kept = (history?.rebases ?? []).filter((rebase) => rebase.date > baselineStart);
  const points: LivedBalance[] = kept.flatMap((rebase) => [
    { date: rebase.previousStart, balance: new Dec(rebase.opening), missed: null },
    ...rebase.lived.map((point) => ({
      date: point.date,
      balance: new Dec(point.balance),
      missed: point.missed,
    })),
  ]);
  points.push(
    kept.length > 0 && history
      ? { date: history.start, balance: new Dec(history.opening), missed: null }
      : { date: baselineStart, balance: opening, missed: null },
  );
  for (const row of lived.schedule.filter((candidate) => candidate.end <= today))
    points.push({ date: row.end, balance: total(row, 'balance'), missed: paidShort(row) });
  return points.filter((point) => point.date >= baselineStart);
}

/** The last entry dated on or before `date` (entries oldest first). */
const lastOnOrBefore = <T extends { date: string }>(entries: readonly T[], date: string) =>
  entries.filter((entry) => entry.date <= date).at(-1);

/** Baseline and lived balances on one date axis; a date both have is one point. */
function chartOf(baseline: { date: string; balance: Dec }[], lived: LivedBalance[]): ChartPoint[] {
  const points: ChartPoint[] = baseline.map((point) => ({
    date: point.date,
    baseline: point.balance.toFixed(2),
  }));
  for (const point of lived) {
    const same = points.find((candidate) => candidate.date === point.date && !candidate.lived);
    if (same) same.lived = point.balance.toFixed(2);
    else points.push({ date: point.date, lived: point.balance.toFixed(2) });
  }
  // Stable: a re-base on a period's end keeps the balance before it ahead of the lender's figure.
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The plan as lived against the baseline, as of today. Without a re-base both plans start on
 * the same date (the baseline is the household's own plan, frozen), so their periods line up;
 * after one, the lived balance goes on from the lenders' figures on the re-base day, and each
 * side is compared with the other's latest balance on or before the same date. Only periods
 * ended by today count as past.
 */
export function progressAgainst(
  baseline: { scenario: ScenarioInput; result: PlanResult },
  lived: PlanResult,
  names: ReadonlyMap<string, string>,
  today: string,
  history?: LivedHistory,
): Progress {
  const past = baseline.result.schedule.filter((row) => row.end <= today);
  const opening = openingBalance(baseline.scenario);
  const start = baseline.scenario.startDate;
  const baselinePoints = [
    { date: start, balance: opening },
    ...baseline.result.schedule.map((row) => ({ date: row.end, balance: total(row, 'balance') })),
  ];
  const livedPoints = livedBalances(start, opening, lived, today, history);
  const livedPast = lived.schedule.filter((row) => row.end <= today);

  const planned = new Map<string, Dec>();
  const paid = new Map<string, Dec>();
  for (const row of past)
    for (const debt of row.debts)
      planned.set(debt.id, (planned.get(debt.id) ?? ZERO).plus(debt.payment));
  const addPaid = (id: string, amount: string) => paid.set(id, (paid.get(id) ?? ZERO).plus(amount));
  for (const rebase of history?.rebases ?? [])
    if (rebase.date > start) for (const debt of rebase.paid) addPaid(debt.debtId, debt.amount);
  for (const row of livedPast) for (const debt of row.debts) addPaid(debt.id, debt.payment);

  const livedNow = livedPoints.at(-1)?.balance ?? opening;
  const baselineThen = lastOnOrBefore(baselinePoints, livedPoints.at(-1)?.date ?? start);
  const gap = baselineThen ? livedNow.minus(baselineThen.balance) : ZERO;

  const cleared: Progress['cleared'] = [];
  for (const row of livedPast) {
    for (const debt of row.debts) {
      if (debt.state === 'paid' && !cleared.some((done) => done.id === debt.id))
        cleared.push({ id: debt.id, name: names.get(debt.id) ?? debt.id, date: row.end });
    }
  }
  const misses = livedPoints.filter((point) => point.missed !== null).map((point) => point.missed);
  const lastMiss = misses.lastIndexOf(true);

  return {
    status: past.length === 0 ? 'notStarted' : gap.greaterThan(0) ? 'behind' : 'onTrack',
    monthsPast: past.length,
    behindBy: (gap.greaterThan(0) ? gap : ZERO).toFixed(2),
    debts: baseline.scenario.debts.map((debt) => ({
      id: debt.id,
      name: names.get(debt.id) ?? debt.name,
      planned: (planned.get(debt.id) ?? ZERO).toFixed(2),
      paid: (paid.get(debt.id) ?? ZERO).toFixed(2),
    })),
    chart: chartOf(baselinePoints, livedPoints),
    // A share for the progress bar, not money: a float is what the bar takes.
    repaid: opening.isZero()
      ? 1
      : Math.min(1, Math.max(0, ZERO.plus(1).minus(livedNow.div(opening)).toNumber())),
    cleared,
    monthsSinceMiss: lastMiss < 0 ? null : misses.length - 1 - lastMiss,
  };
}
