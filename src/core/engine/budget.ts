import { parseMonth } from '../calendar';
import { Dec, HUNDRED, ZERO, add, posted } from '../money';
import type { Budget, BudgetItem } from '../scenario/types';
import type { Period } from './timeline';

export interface Capacity {
  /** What may be paid towards debts this period: clamped at 0, then capped by paymentLimit. */
  readonly capacity: Dec;
  /** How far income falls short of costs, obligations and reserve (0 when it does not). */
  readonly deficit: Dec;
  readonly income: Dec;
  readonly fixedCosts: Dec;
  readonly obligations: Dec;
  readonly reserve: Dec;
  /** Before clamping and before paymentLimit (and without extras). */
  readonly raw: Dec;
  /** v2 §3: money set aside for the debts, added after the clamp and the payment limit. */
  readonly extras: Dec;
}

interface PreparedItem {
  readonly amount: Dec;
  readonly frequency: BudgetItem['frequency'];
  readonly from: number;
  readonly to: number;
  readonly month: number | null;
}

function prepare(items: readonly BudgetItem[]): PreparedItem[] {
  return items.map((item) => ({
    amount: new Dec(item.amount),
    frequency: item.frequency,
    from: item.startMonth === undefined ? -Infinity : (parseMonth(item.startMonth) ?? -Infinity),
    to: item.endMonth === undefined ? Infinity : (parseMonth(item.endMonth) ?? Infinity),
    month:
      item.month === undefined
        ? null
        : typeof item.month === 'number'
          ? item.month
          : parseMonth(item.month),
  }));
}

/**
 * A yearly item also honours startMonth/endMonth when given (a bonus that stops with the job);
 * the model only names them for monthly items, and a yearly item without them is unaffected.
 */
function isActive(item: PreparedItem, period: Period): boolean {
  switch (item.frequency) {
    case 'monthly':
      return period.month >= item.from && period.month <= item.to;
    case 'yearly':
      return (
        period.monthOfYear === item.month && period.month >= item.from && period.month <= item.to
      );
    case 'once':
      return period.month === item.month;
  }
}

/** Which items count in the period, one character each: equal texts give equal totals. */
function activeKey(items: readonly PreparedItem[], period: Period, monthlyOnly: boolean): string {
  let key = '';
  for (const item of items)
    key += (!monthlyOnly || item.frequency === 'monthly') && isActive(item, period) ? '1' : '0';
  return key;
}

function total(items: readonly PreparedItem[], period: Period, monthlyOnly: boolean): Dec {
  let sum = ZERO;
  for (const item of items) {
    if (monthlyOnly && item.frequency !== 'monthly') continue;
    if (isActive(item, period)) sum = sum.plus(item.amount);
  }
  return sum;
}

/** Budget → capacity (model §3). */
export class BudgetModel {
  private readonly incomes: PreparedItem[];
  private readonly fixedCosts: PreparedItem[];
  private readonly obligations: PreparedItem[];
  private readonly reservePercent: Dec | null;
  private readonly reserveAmount: Dec;
  private readonly paymentLimit: Dec | null;
  private readonly extras: PreparedItem[];
  /**
   * Capacities by the items that count: most months of a plan count the same items and so have
   * the same capacity, which is then computed once (a tenth of the decimal work of a long plan).
   */
  private readonly computed = new Map<string, Capacity>();

  constructor(budget: Budget) {
    this.incomes = prepare(budget.incomes);
    this.fixedCosts = prepare(budget.fixedCosts);
    this.obligations = prepare(budget.obligations);
    this.reservePercent =
      budget.reserve?.percentOfIncome === undefined
        ? null
        : new Dec(budget.reserve.percentOfIncome);
    this.reserveAmount =
      budget.reserve?.amount === undefined ? ZERO : new Dec(budget.reserve.amount);
    this.paymentLimit = budget.paymentLimit === undefined ? null : new Dec(budget.paymentLimit);
    this.extras = prepare(budget.extras ?? []);
  }

  capacity(period: Period): Capacity {
    return this.compute(period, false);
  }

  /** Capacity from monthly items only: the breakdown behind the headline figure. */
  monthlyCapacity(period: Period): Capacity {
    return this.compute(period, true);
  }

  /**
   * The headline figure: capacity(0) from monthly items only (monthly extras included), before
   * paymentLimit, unclamped.
   */
  affordableMonthly(period0: Period): Dec {
    const c = this.monthlyCapacity(period0);
    return c.raw.plus(c.extras);
  }

  private compute(period: Period, monthlyOnly: boolean): Capacity {
    const key =
      (monthlyOnly ? 'm' : 'a') +
      activeKey(this.incomes, period, monthlyOnly) +
      '|' +
      activeKey(this.fixedCosts, period, monthlyOnly) +
      '|' +
      activeKey(this.obligations, period, monthlyOnly) +
      '|' +
      activeKey(this.extras, period, monthlyOnly);
    let capacity = this.computed.get(key);
    if (capacity === undefined) this.computed.set(key, (capacity = this.sum(period, monthlyOnly)));
    return capacity;
  }

  private sum(period: Period, monthlyOnly: boolean): Capacity {
    const income = total(this.incomes, period, monthlyOnly);
    const fixedCosts = total(this.fixedCosts, period, monthlyOnly);
    const obligations = total(this.obligations, period, monthlyOnly);
    const reserve =
      this.reservePercent === null
        ? this.reserveAmount
        : posted(this.reservePercent.div(HUNDRED).times(income));
    const raw = income.minus(fixedCosts).minus(obligations).minus(reserve);
    let capacity = raw.isNegative() ? ZERO : raw;
    if (this.paymentLimit !== null && this.paymentLimit.lt(capacity)) capacity = this.paymentLimit;
    // Extras bear no reserve, escape the limit and leave the deficit alone: the deficit is the
    // household's own shortfall, which help from outside does not make smaller.
    const extras = total(this.extras, period, monthlyOnly);
    capacity = add(capacity, extras);
    const deficit = raw.isNegative() ? raw.negated() : ZERO;
    return { capacity, deficit, income, fixedCosts, obligations, reserve, raw, extras };
  }
}
