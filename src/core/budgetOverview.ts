import { BudgetModel, type Capacity } from './engine/budget';
import { Timeline } from './engine/timeline';
import { formatMoney } from './money';
import type { Budget } from './scenario/types';

/** A capacity breakdown with every amount as a money string ("1234.50"). */
export interface CapacityBreakdown {
  income: string;
  fixedCosts: string;
  obligations: string;
  reserve: string;
  /** income − fixed costs − obligations − reserve, unclamped: negative is a deficit. */
  net: string;
  /** Model v2 §3: money set aside for the debts, added after the clamp and the payment limit. */
  extras: string;
  /** What the plan may pay this month: net clamped at 0, capped by the payment limit, + extras. */
  capacity: string;
  deficit: string;
}

export interface CapacityChange {
  /** Period index (0 = the month the plan starts). */
  period: number;
  /** The period's first day, YYYY-MM-DD. */
  start: string;
  breakdown: CapacityBreakdown;
}

export interface BudgetOverview {
  /** The headline (model §3): monthly items only, before the payment limit, unclamped. */
  affordableMonthly: CapacityBreakdown;
  /** Month 0 with every item, then each later month whose figures differ from the month before. */
  changes: CapacityChange[];
}

function toStrings(c: Capacity): CapacityBreakdown {
  return {
    income: formatMoney(c.income),
    fixedCosts: formatMoney(c.fixedCosts),
    obligations: formatMoney(c.obligations),
    reserve: formatMoney(c.reserve),
    net: formatMoney(c.raw),
    extras: formatMoney(c.extras),
    capacity: formatMoney(c.capacity),
    deficit: formatMoney(c.deficit),
  };
}

const same = (a: CapacityBreakdown, b: CapacityBreakdown) =>
  (Object.keys(a) as (keyof CapacityBreakdown)[]).every((key) => a[key] === b[key]);

/**
 * The budget as the budget page shows it: the headline and how capacity changes over the next
 * `months` months as incomes, costs and obligations start, end, or fall in their month.
 */
export function budgetOverview(startDate: string, budget: Budget, months = 24): BudgetOverview {
  const model = new BudgetModel(budget);
  const timeline = new Timeline(startDate);
  const headline = toStrings(model.monthlyCapacity(timeline.period(0)));
  const changes: CapacityChange[] = [];
  let previous: CapacityBreakdown | null = null;
  for (let k = 0; k < months; k++) {
    const period = timeline.period(k);
    const breakdown = toStrings(model.capacity(period));
    if (previous === null || !same(previous, breakdown)) {
      changes.push({ period: k, start: period.startText, breakdown });
    }
    previous = breakdown;
  }
  return { affordableMonthly: headline, changes };
}
