/**
 * The capacity left for one debt (DOMAIN step 1: never promise more than this): each month's
 * capacity (model §3) minus what the other debts must be paid that month under the current plan,
 * or what was recorded as paid to them if more (v2 §14). A past month has nothing left: only what
 * was recorded was paid in it.
 */
import { BudgetModel } from '../engine/budget';
import type { DueRule } from '../engine/dues';
import { Timeline } from '../engine/timeline';
import { type Dec, ZERO, formatMoney, maxDec } from '../money';
import type { Scenario } from '../scenario/types';
import { tracePlan, type Trace } from './trace';

/**
 * Dues that are promises already made (installments, settlements) or that keep a current debt
 * from falling behind (minimums). The arrears of other overdue debts are left out: the whole
 * overdue amount is what a lender demands, not what can be paid, and those debts are negotiated
 * in their turn; counting them would leave nothing for any proposal in most households.
 */
const COMMITTED: ReadonlySet<DueRule> = new Set<DueRule>(['installment', 'settlement', 'minimum']);

export interface MonthLeft {
  month: number;
  capacity: Dec;
  otherDues: Dec;
  /** capacity − otherDues, never below 0. */
  left: Dec;
}

/** Reads the capacity left per month from a trace of the current plan; months are cached. */
export class CapacityLeft {
  private readonly budget: BudgetModel;
  private readonly timeline: Timeline;
  private readonly cache = new Map<number, MonthLeft>();

  constructor(
    scenario: Scenario,
    private readonly baseline: Trace,
    private readonly debtId: string,
  ) {
    this.budget = new BudgetModel(scenario.budget);
    this.timeline = new Timeline(scenario.startDate);
  }

  month(k: number): MonthLeft {
    let entry = this.cache.get(k);
    if (entry !== undefined) return entry;
    const record = this.baseline.periods[k];
    // Past the current plan's end every debt is paid: the whole capacity is left.
    const capacity =
      record?.capacity.capacity ?? this.budget.capacity(this.timeline.period(k)).capacity;
    let otherDues = ZERO;
    if (record !== undefined) {
      for (const [id, debt] of record.debts) {
        if (id === this.debtId) continue;
        const committed = COMMITTED.has(debt.rule) ? debt.due : ZERO;
        otherDues = otherDues.plus(maxDec(committed, debt.actual));
      }
    }
    const left = record?.phase === 'past' ? ZERO : capacity.minus(otherDues);
    entry = { month: k, capacity, otherDues, left: left.isNegative() ? ZERO : left };
    this.cache.set(k, entry);
    return entry;
  }

  /** The least capacity left over months [from, from + count). */
  least(from: number, count: number): Dec {
    let least: Dec | null = null;
    for (let k = from; k < from + count; k++) {
      const left = this.month(k).left;
      if (least === null || left.lt(least)) least = left;
    }
    return least ?? ZERO;
  }
}

/**
 * The capacity left for a debt in each month of the plan's horizon, as money strings: what the
 * negotiation workspace shows next to an installment, and what the tests hold proposals to.
 */
export function capacityLeft(
  scenario: Scenario,
  debtId: string,
): { month: number; capacity: string; otherDues: string; left: string }[] {
  const left = new CapacityLeft(scenario, tracePlan(scenario), debtId);
  const months = [];
  for (let k = 0; k < scenario.horizonMonths; k++) {
    const m = left.month(k);
    months.push({
      month: k,
      capacity: formatMoney(m.capacity),
      otherDues: formatMoney(m.otherDues),
      left: formatMoney(m.left),
    });
  }
  return months;
}
