import type { PlanResult, PlanSummary } from '../../core/engine/output';
import { Dec } from '../../core/money';
import type { Scenario } from '../../core/scenario/types';
import { balanceOf } from '../debts/balance';
import { FIRST_YEAR_MONTHS } from '../../core/planCost';

/** Beyond this many months a plan's total is a compounded figure, not a number to act on. */
export const LONG_RUN_MONTHS = 60;

/** A plan whose total over the whole horizon would mislead: never debt-free, or too long. */
export function isLongRun(summary: Pick<PlanSummary, 'debtFree' | 'months'>): boolean {
  return !summary.debtFree || (summary.months ?? Infinity) > LONG_RUN_MONTHS;
}

export interface YearAhead {
  months: number;
  /** Owed at the start, "1234.56". */
  now: string;
  /** Owed at the end of those months. */
  after: string;
  /** after − now: positive when the debts grow. */
  change: string;
}

/** What is owed now and after the next year of the plan (fewer months if the plan is shorter). */
export function yearAhead(scenario: Scenario, result: PlanResult): YearAhead {
  const now = scenario.debts.reduce((sum, debt) => sum.plus(balanceOf(debt)), new Dec(0));
  const months = Math.min(FIRST_YEAR_MONTHS, result.schedule.length);
  // A row lists the debts unpaid at its start; a debt missing from it owes nothing.
  const row = result.schedule[months - 1];
  const after = (row?.debts ?? []).reduce((sum, debt) => sum.plus(debt.balance), new Dec(0));
  return {
    months,
    now: now.toFixed(2),
    after: after.toFixed(2),
    change: after.minus(now).toFixed(2),
  };
}
