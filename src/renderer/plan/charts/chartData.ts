/**
 * Pure transforms from a plan to what the charts draw and their tables read. Every amount keeps
 * its decimal string in `amounts` (tables and tooltips format those); `values` holds the same
 * amounts as numbers only because recharts needs numbers to draw — never for sums or display.
 */
import { budgetOverview } from '../../../core/budgetOverview';
import { Dec } from '../../../core/money';
import type { PlanResult, ScheduleRow } from '../../../core/engine/output';
import type { Scenario } from '../../../core/scenario/types';
import type { CostPoint, PlanExtras } from '../planProtocol';
import { FIRST_YEAR_MONTHS } from '../../../core/planCost';

export interface Series {
  /** A safe data key ("d0", "d1", …): debt ids may hold characters a recharts path cannot. */
  key: string;
  id: string;
  name: string;
  /** A debt's series: what it owes now (principal, interest, penalty, fees), to rank it by. */
  owed?: string;
}

export interface ChartPoint {
  month: number;
  /** Period start date, YYYY-MM-DD. */
  start: string;
  amounts: Record<string, string>;
  values: Record<string, number>;
}

export interface PayoffMarker {
  month: number;
  names: string[];
  /**
   * The row its label is written on, 0 at the top: every payoff is named, and a label that
   * would run into another on a row moves down a row.
   */
  lane: number;
  /**
   * Which side of its line the label sits: inward, so a label near either end of the time axis
   * neither touches the value axis nor runs off the chart.
   */
  side: 'left' | 'right';
}

/** For drawing only: recharts positions shapes with numbers. */
export function drawable(amount: string): number {
  return Number(amount);
}

export function point(month: number, start: string, amounts: Record<string, string>): ChartPoint {
  const values: Record<string, number> = {};
  for (const [key, amount] of Object.entries(amounts)) values[key] = drawable(amount);
  return { month, start, amounts, values };
}

/** The series' content as text: what their drawn elements depend on, with whether they animate. */
export function seriesKey(series: Series[], animate: boolean): string {
  return JSON.stringify([animate, ...series.map((s) => [s.key, s.name])]);
}

export function debtSeries(scenario: Scenario): Series[] {
  return scenario.debts.map((debt, index) => ({
    key: `d${index}`,
    id: debt.id,
    name: debt.name,
    owed: Dec.sum(debt.principal, debt.interest ?? 0, debt.penalty ?? 0, debt.fees ?? 0).toFixed(2),
  }));
}

/** The data key of the series that draws the debts a stacked chart does not draw apart. */
export const OTHERS_KEY = 'others';

/**
 * Which debts a stacked chart draws apart, one colour each. Up to `most` (the palette's size),
 * every one; with more, colours would repeat — the ninth debt drawn like the first — so the
 * `most - 1` that owe the most now are drawn apart, in the household's order, and the others
 * stacked as one series. Ranked by what is owed now, not by the plan: an edit to the budget
 * leaves every debt its colour. The tables still list every debt.
 */
export function stackedSeries(
  series: Series[],
  most: number,
): { apart: Series[]; together: Series[] } {
  if (series.length <= most) return { apart: series, together: [] };
  const ranked = [...series].sort((a, b) => new Dec(b.owed ?? 0).comparedTo(a.owed ?? 0));
  const apart = new Set(ranked.slice(0, most - 1));
  return {
    apart: series.filter((s) => apart.has(s)),
    together: series.filter((s) => !apart.has(s)),
  };
}

/**
 * The points with the debts stacked together as one amount (OTHERS_KEY), summed exactly: the
 * tooltip shows it. Only the drawn points need it — a long plan draws one month in several.
 */
export function withOthers(points: ChartPoint[], together: Series[]): ChartPoint[] {
  if (together.length === 0) return points;
  return points.map((p) => {
    const others = Dec.sum(...together.map((s) => p.amounts[s.key] ?? '0')).toFixed(2);
    return {
      ...p,
      amounts: { ...p.amounts, [OTHERS_KEY]: others },
      values: { ...p.values, [OTHERS_KEY]: drawable(others) },
    };
  });
}

/** A month's debts by id: one look-up per series, not a search (600 months × 20 debts). */
const debtsById = (row: ScheduleRow) => new Map(row.debts.map((debt) => [debt.id, debt]));

/**
 * Each debt's balance at the end of every month. A debt missing from a row was paid off before
 * that month began (model §10: rows list the debts unpaid at the start), so it owes nothing.
 */
export function balanceSeries(result: PlanResult, series: Series[]): ChartPoint[] {
  return result.schedule.map((row) => {
    const amounts: Record<string, string> = {};
    const debts = debtsById(row);
    let total = new Dec(0);
    for (const s of series) {
      const balance = debts.get(s.id)?.balance ?? '0.00';
      amounts[s.key] = balance;
      total = total.plus(balance);
    }
    amounts.total = total.toFixed(2);
    return point(row.month, row.start, amounts);
  });
}

/**
 * Payoff months, one marker per month with every debt paid off in it (they would overlap), each
 * with its label's side and row. A label is taken to run a third of the plot from its line (a
 * few names at 200 % zoom): labels whose runs meet on one row go on different rows.
 */
export function payoffMarkers(result: PlanResult, series: Series[]): PayoffMarker[] {
  const byMonth = new Map<number, string[]>();
  for (const debt of result.summary.debts) {
    if (debt.payoffMonth === null) continue;
    const name = series.find((s) => s.id === debt.id)?.name ?? debt.id;
    byMonth.set(debt.payoffMonth, [...(byMonth.get(debt.payoffMonth) ?? []), name]);
  }
  const months = result.schedule.length;
  const run = Math.max(1, months / 3);
  // The months each row's labels already cover, as [from, to] runs.
  const rows: [number, number][][] = [];
  return [...byMonth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([month, names]) => {
      const side: PayoffMarker['side'] = month < months / 2 ? 'right' : 'left';
      const span: [number, number] = side === 'right' ? [month, month + run] : [month - run, month];
      const free = rows.findIndex((row) =>
        row.every(([from, to]) => span[1] < from || to < span[0]),
      );
      const lane = free === -1 ? rows.length : free;
      (rows[lane] ??= []).push(span);
      return { month, names, lane, side };
    });
}

/** The months in which some debt is paid off, for a chart that must draw them exactly. */
export function payoffMonths(result: PlanResult): number[] {
  return result.summary.debts.flatMap((debt) =>
    debt.payoffMonth === null ? [] : [debt.payoffMonth],
  );
}

/**
 * The months whose money for debts differs from the month before's: a yearly bill's month and
 * the month after it, a raise… A long plan's payments chart draws them, so no change is skipped.
 */
export function capacityChanges(result: PlanResult): number[] {
  return result.schedule.flatMap((row, index) => {
    const before = result.schedule[index - 1];
    return before && before.capacity !== row.capacity ? [row.month] : [];
  });
}

/** Each month's payment to each debt, the total, and the capacity the plan could spend. */
export function paymentSeries(result: PlanResult, series: Series[]): ChartPoint[] {
  return result.schedule.map((row: ScheduleRow) => {
    const amounts: Record<string, string> = {};
    const debts = debtsById(row);
    for (const s of series) amounts[s.key] = debts.get(s.id)?.payment ?? '0.00';
    amounts.total = row.paid;
    amounts.capacity = row.capacity;
    return point(row.month, row.start, amounts);
  });
}

export const COST_KEYS = ['chosen', 'minimumOnly', 'doNothing'] as const;
export type CostKey = (typeof COST_KEYS)[number];

/**
 * The three cumulative-cost series side by side, over the months of the chosen plan (at least a
 * year): at each month, what the plan has cost so far against what minimum payments or doing
 * nothing would have cost by then. Running on to the 50-year horizon of doing nothing would
 * flatten the plan into the axis. A series that ended (its debts were paid) keeps its final
 * total: a paid debt costs nothing more.
 */
export function costSeries(timelines: PlanExtras['costTimelines']): ChartPoint[] {
  const longest = Math.max(
    timelines.chosen.length,
    timelines.minimumOnly.length,
    timelines.doNothing.length,
  );
  const length = Math.min(longest, Math.max(timelines.chosen.length, FIRST_YEAR_MONTHS));
  const reference = [timelines.doNothing, timelines.minimumOnly, timelines.chosen].find(
    (t) => t.length === longest,
  ) as CostPoint[];
  const points: ChartPoint[] = [];
  for (let month = 0; month < length; month++) {
    const amounts: Record<string, string> = {};
    for (const key of COST_KEYS) {
      const timeline = timelines[key];
      amounts[key] = (timeline[month] ?? timeline[timeline.length - 1])?.cost ?? '0.00';
    }
    points.push(point(month, reference[month]?.start ?? '', amounts));
  }
  return points;
}

export const SPLIT_PARTS = [
  'fixedCosts',
  'obligations',
  'reserve',
  'capacity',
  'leftover',
  'deficit',
] as const;
export type SplitPart = (typeof SPLIT_PARTS)[number];

export interface MoneySplit {
  income: string;
  /** Every part as a non-negative amount; parts that are zero are kept, the chart skips them. */
  parts: Record<SplitPart, string>;
  /** Two bars: what comes in (income, plus any deficit) and where it goes. */
  rows: {
    key: 'income' | 'outgoings';
    amounts: Record<string, string>;
    values: Record<string, number>;
  }[];
}

/**
 * Month 0 of the budget: income = fixed costs + obligations + reserve + capacity + leftover
 * (what the payment limit keeps back) − deficit. With a deficit the outgoings are longer than
 * the income, and the income bar shows the gap as its own segment, so both bars end together.
 */
export function moneySplit(scenario: Scenario): MoneySplit {
  const month0 = budgetOverview(scenario.startDate, scenario.budget, 1).changes[0];
  if (!month0) throw new Error('budgetOverview gives month 0 for every budget');
  const b = month0.breakdown;
  const net = new Dec(b.net);
  const leftover = net.gt(b.capacity) ? net.minus(b.capacity) : new Dec(0);
  const deficit = net.isNeg() ? net.neg() : new Dec(0);
  const parts: Record<SplitPart, string> = {
    fixedCosts: b.fixedCosts,
    obligations: b.obligations,
    reserve: b.reserve,
    capacity: b.capacity,
    leftover: leftover.toFixed(2),
    deficit: deficit.toFixed(2),
  };
  const incomeAmounts = { income: b.income, deficit: parts.deficit };
  const outAmounts: Record<string, string> = {
    fixedCosts: parts.fixedCosts,
    obligations: parts.obligations,
    reserve: parts.reserve,
    capacity: parts.capacity,
    leftover: parts.leftover,
  };
  const values = (amounts: Record<string, string>) =>
    Object.fromEntries(Object.entries(amounts).map(([k, v]) => [k, drawable(v)]));
  return {
    income: b.income,
    parts,
    rows: [
      { key: 'income', amounts: incomeAmounts, values: values(incomeAmounts) },
      { key: 'outgoings', amounts: outAmounts, values: values(outAmounts) },
    ],
  };
}

const TICK_STEPS = [1, 3, 6, 12, 24, 60, 120];

/**
 * Months between x-axis ticks so a plan shows at most about 12: every month for a year, then
 * quarters, half-years, years, … up to decades for a 600-month plan.
 */
export function tickStep(points: number, maxTicks = 12): number {
  return TICK_STEPS.find((step) => Math.ceil(points / step) <= maxTicks) ?? 120;
}

/**
 * The most months a time chart draws one by one. A 600-month plan of 20 debts is 12,000 shapes
 * on a plot about 1,000 px wide — under two pixels a month — and recharts recomputes every one
 * of them (stacking, paths, tooltip data) on each edit.
 */
export const MAX_DRAWN_MONTHS = 120;

/**
 * Steps that divide a year: a month that recurs every year (a yearly bill, a bonus) is then
 * drawn every year or never — never as a false cycle of several years, as a step of 5 would.
 */
const DRAW_STEPS = [1, 2, 3, 4, 6, 12];

/**
 * The points a time chart draws: every month up to MAX_DRAWN_MONTHS; a longer plan draws every
 * `step`-th month (a step in DRAW_STEPS, or whole years), and besides those the months that
 * must be exact: the last, the axis' tick months and any in `keep` (the payoff months: a marker
 * stands on its month, and there a balance drops to nothing and a payment changes). Every drawn
 * point is a real month with its own amounts — nothing is averaged or interpolated — so a
 * tooltip's figures stay exact; the table lists every month.
 */
export function drawnPoints(
  points: ChartPoint[],
  ticks: readonly number[],
  keep: readonly number[],
): { drawn: ChartPoint[]; step: number } {
  const step =
    DRAW_STEPS.find((s) => points.length / s <= MAX_DRAWN_MONTHS) ??
    Math.ceil(points.length / MAX_DRAWN_MONTHS / 12) * 12;
  if (step <= 1) return { drawn: points, step: 1 };
  const exact = new Set([...ticks, ...keep]);
  const last = points.length - 1;
  const drawn = points.filter(
    (p, index) => index % step === 0 || index === last || exact.has(p.month),
  );
  return { drawn, step };
}
