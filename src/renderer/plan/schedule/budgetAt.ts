import { type CapacityBreakdown, budgetOverview } from '../../../core/budgetOverview';
import type { Scenario } from '../../../core/scenario/types';

/** The budget behind one month's capacity: the last change at or before that month. */
export function budgetAt(scenario: Scenario, month: number): CapacityBreakdown {
  const { changes } = budgetOverview(scenario.startDate, scenario.budget, month + 1);
  const change = [...changes].reverse().find((c) => c.period <= month) ?? changes[0];
  if (!change) throw new Error('budgetOverview always gives month 0');
  return change.breakdown;
}
