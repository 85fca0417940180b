import { Timeline } from './engine/timeline';
import { Dec, MONEY_LIMIT, formatMoney } from './money';
import type { BudgetItem, Scenario } from './scenario/types';
import { summarySteps } from './engine/api';
import { type Steps, finish } from './steps';

/** Changes to try on a plan without touching the saved household. */
export interface WhatIf {
  /** Pay this much a month at most (a payment limit); the budget still caps it. */
  monthly?: string;
  /** A one-off extra payment in a month (YYYY-MM): a bonus, help from family. */
  lumpSum?: { month: string; amount: string };
  /** Start paying N months later: what waiting costs. */
  delayMonths?: number;
  /**
   * "I can pay ¥X more a month": money set aside for the debts beyond the budget (model §3
   * extras). Unlike `monthly`, it is not a cap: it adds to what the budget allows, bears no
   * reserve and is not cut by the payment limit.
   */
  extraMonthly?: string;
  /** "A one-off ¥X" set aside for the debts in a month (YYYY-MM), as an extra (model §3). */
  extraOnce?: { month: string; amount: string };
}

/** The extras a what-if adds to the budget (model §3): a steady monthly one, a one-off one. */
export function whatIfExtras(whatIf: Pick<WhatIf, 'extraMonthly' | 'extraOnce'>): BudgetItem[] {
  const extras: BudgetItem[] = [];
  if (whatIf.extraMonthly !== undefined && new Dec(whatIf.extraMonthly).gt(0)) {
    // No startMonth: a past month (model §14) pays only what was recorded, whatever the budget.
    extras.push({
      name: 'what-if: more each month',
      amount: whatIf.extraMonthly,
      frequency: 'monthly',
    });
  }
  if (whatIf.extraOnce !== undefined && new Dec(whatIf.extraOnce.amount).gt(0)) {
    extras.push({
      name: 'what-if: one-off extra',
      amount: whatIf.extraOnce.amount,
      frequency: 'once',
      month: whatIf.extraOnce.month,
    });
  }
  return extras;
}

function monthText(startDate: string, offset: number): string {
  const [y, m] = startDate.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The scenario with a what-if applied, still a scenario of the model: a lump sum is a one-off
 * income, a delay is a cost that takes all income in the N months from the first period still
 * ahead (so nothing is paid and
 * nothing is saved while waiting), a monthly amount is a payment limit, and extra money is a
 * `budget.extras` item. Recorded payments (model §14) are kept: history is history.
 */
export function applyWhatIf(scenario: Scenario, whatIf: WhatIf): Scenario {
  const budget = { ...scenario.budget };
  if (whatIf.monthly !== undefined) budget.paymentLimit = whatIf.monthly;
  const extras = whatIfExtras(whatIf);
  if (extras.length > 0) budget.extras = [...(budget.extras ?? []), ...extras];
  if (whatIf.lumpSum && new Dec(whatIf.lumpSum.amount).gt(0)) {
    const lump: BudgetItem = {
      name: 'what-if: one-off payment',
      amount: whatIf.lumpSum.amount,
      frequency: 'once',
      month: whatIf.lumpSum.month,
    };
    budget.incomes = [...budget.incomes, lump];
  }
  if (whatIf.delayMonths && whatIf.delayMonths > 0) {
    // Every income item's amount, whatever its frequency, bounds any one month's income.
    const allIncome = budget.incomes.reduce((sum, item) => sum.plus(item.amount), new Dec(0));
    // Waiting starts now, in the period containing asOf: past periods (model §14) paid what was
    // recorded, whatever the budget.
    const first = scenario.actuals
      ? new Timeline(scenario.startDate).periodOf(scenario.actuals.asOf)
      : 0;
    const pause: BudgetItem = {
      name: 'what-if: start later',
      amount: formatMoney(allIncome),
      frequency: 'monthly',
      startMonth: monthText(scenario.startDate, first),
      endMonth: monthText(scenario.startDate, first + whatIf.delayMonths - 1),
    };
    budget.fixedCosts = [...budget.fixedCosts, pause];
  }
  return { ...scenario, budget };
}

/**
 * The smallest steady monthly payment, in whole units of the currency, with which this household
 * would be debt-free within the plan's horizon (null if even the whole balance every month would
 * not do). A bisection over full plans: the model has no closed form once penalties, fees and
 * agreements interact. The budget, extras included, is set aside: the answer is what the debts
 * need, to compare with what the budget allows. Recorded payments (model §14) are kept: the past
 * months pay what was paid, and the steady payment starts in the month of asOf.
 */
export function monthlyPaymentNeeded(scenario: Scenario): string | null {
  return finish(monthlyPaymentNeededSteps(scenario));
}

/** monthlyPaymentNeeded a month at a time: it pauses within each plan of the bisection. */
function* monthlyPaymentNeededSteps(scenario: Scenario): Steps<string | null> {
  function* debtFreeWith(monthly: Dec): Steps<boolean> {
    const { debtFree } = yield* summarySteps({
      ...scenario,
      budget: {
        incomes: [{ name: 'payment', amount: formatMoney(monthly), frequency: 'monthly' }],
        fixedCosts: [],
        obligations: [],
      },
    });
    return debtFree;
  }
  // The whole balance each month clears everything in the first month it is due.
  let high = scenario.debts
    .reduce(
      (sum, d) =>
        sum
          .plus(d.principal)
          .plus(d.interest ?? 0)
          .plus(d.penalty ?? 0)
          .plus(d.fees ?? 0),
      new Dec(0),
    )
    .times(2)
    .ceil();
  // Months lived short (model §14) can leave more owed than at the start: widen until it clears.
  while (!(yield* debtFreeWith(high))) {
    if (high.gte(MONEY_LIMIT)) return null;
    high = high.times(2);
  }
  let low = new Dec(0);
  if (yield* debtFreeWith(low)) return '0.00';
  while (high.minus(low).gt(1)) {
    const middle = low.plus(high).div(2).floor();
    if (yield* debtFreeWith(middle)) high = middle;
    else low = middle;
  }
  return formatMoney(high);
}

/**
 * Months of the plan already lived (model §14): the periods that start before the month of
 * asOf, each period beginning on the start date's day of the month.
 */
function monthsLived(scenario: Scenario): number {
  const asOf = scenario.actuals?.asOf;
  if (asOf === undefined) return 0;
  const [sy, sm, sd] = scenario.startDate.split('-').map(Number) as [number, number, number];
  const [ay, am, ad] = asOf.split('-').map(Number) as [number, number, number];
  return Math.max(0, ay * 12 + am - (sy * 12 + sm) - (ad < sd ? 1 : 0));
}

/**
 * The smallest steady monthly payment (whole units) that clears every debt within `months`
 * months from now — "to be debt-free in 3 years, pay ¥X a month" — or null if none would. Now is
 * the plan's start, or the month of asOf when payments are recorded.
 */
export function monthlyPaymentToClearWithin(scenario: Scenario, months: number): string | null {
  return finish(monthlyPaymentToClearWithinSteps(scenario, months));
}

/** monthlyPaymentToClearWithin a month at a time (see Steps). */
export function monthlyPaymentToClearWithinSteps(
  scenario: Scenario,
  months: number,
): Steps<string | null> {
  return monthlyPaymentNeededSteps({ ...scenario, horizonMonths: monthsLived(scenario) + months });
}
