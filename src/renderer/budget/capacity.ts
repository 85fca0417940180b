import { type Budget, budgetSchema, Dec, formatMoney as toMoneyString } from '../../core';
import { type BudgetOverview, budgetOverview } from '../../core/budgetOverview';
import { type HouseholdData } from '../db/householdRead';
import { toScenarioInput } from '../db/scenarioRows';

/** How many months ahead the page looks for changes in capacity. */
export const LOOKAHEAD_MONTHS = 24;

export type StoredBudget = { ok: true; budget: Budget } | { ok: false; detail: string };

/**
 * The stored budget as the engine reads it. The forms save only items the engine accepts, so
 * this fails only for data written by something else; the page then says so instead of
 * computing from half the data.
 */
export function storedBudget(data: HouseholdData, currency: string): StoredBudget {
  const result = budgetSchema.safeParse(toScenarioInput(data, currency).budget);
  if (result.success) return { ok: true, budget: result.data };
  return { ok: false, detail: result.error.issues.map((issue) => issue.path.join('.')).join(', ') };
}

/** One month in which the capacity differs from the month before. */
export interface CapacityStep {
  /** YYYY-MM */
  month: string;
  /** income − fixed costs − obligations − reserve that month; negative is a shortfall. */
  net: string;
  /** The change from the previous step's net, signed; null for the first month. */
  delta: string | null;
}

/**
 * The months in which what the person can pay changes (an income or obligation starting or
 * ending, a yearly or one-off item), each with its change from the one before: "from 2027-03:
 * ¥2,900 (+¥1,200)". Only the net figure matters to the person, so steps in which nothing but
 * the breakdown changed (a raise exactly eaten by a cost) are merged away.
 */
export function capacitySteps(overview: BudgetOverview): CapacityStep[] {
  const steps: CapacityStep[] = [];
  for (const change of overview.changes) {
    const previous = steps[steps.length - 1];
    const net = change.breakdown.net;
    if (previous && new Dec(previous.net).eq(net)) continue;
    steps.push({
      month: change.start.slice(0, 7),
      net,
      delta: previous ? toMoneyString(new Dec(net).minus(previous.net)) : null,
    });
  }
  return steps;
}

export interface CapacityView {
  overview: BudgetOverview;
  steps: CapacityStep[];
  /** The month the plan starts, YYYY-MM. */
  startMonth: string;
  paymentLimit: string | null;
  /** What the plan will pay each month from recurring items: max(0, net) capped by the limit. */
  planned: string;
}

export function capacityView(startDate: string, budget: Budget): CapacityView {
  const overview = budgetOverview(startDate, budget, LOOKAHEAD_MONTHS);
  const net = new Dec(overview.affordableMonthly.net);
  let planned = net.isNegative() ? new Dec(0) : net;
  const limit = budget.paymentLimit === undefined ? null : budget.paymentLimit;
  if (limit !== null && new Dec(limit).lt(planned)) planned = new Dec(limit);
  return {
    overview,
    steps: capacitySteps(overview),
    startMonth: startDate.slice(0, 7),
    paymentLimit: limit,
    planned: toMoneyString(planned),
  };
}

/** The shortfall a negative net stands for ("500.00"), or null when income covers everything. */
export function shortfallOf(net: string): string | null {
  const value = new Dec(net);
  return value.isNegative() ? toMoneyString(value.negated()) : null;
}

/** A change as people read it: "+" in front of a rise; a fall already carries its "−". */
export function signOf(delta: string): '+' | '' {
  return new Dec(delta).gt(0) ? '+' : '';
}
