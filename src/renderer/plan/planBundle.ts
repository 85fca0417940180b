import { compareStrategies } from '../../core/engine/compare';
import type { PlanResult } from '../../core/engine/output';
import { plan } from '../../core/engine/api';
import { Dec } from '../../core/money';
import { planWarnings } from '../../core/planWarnings';
import type { Scenario } from '../../core/scenario/types';
import { monthlyPaymentNeeded } from '../../core/whatIf';
import type { CostPoint, PlanBundle } from './planProtocol';

/** Cumulative interest + penalty + fees over the plan, month by month. */
export function costTimeline(result: PlanResult): CostPoint[] {
  let total = new Dec(0);
  return result.schedule.map((row) => {
    for (const debt of row.debts)
      total = total.plus(debt.interest).plus(debt.penalty).plus(debt.fees);
    return { month: row.month, start: row.start, cost: total.toFixed(2) };
  });
}

/** Everything the plan views show, for one validated scenario. Pure: runs in the worker. */
export function buildPlanBundle(
  scenario: Scenario,
  result: PlanResult,
  startedAt: number,
  now: () => number,
): PlanBundle {
  const minimumOnly = plan({ ...scenario, strategy: 'minimumOnly' });
  const doNothing = plan({ ...scenario, budget: { ...scenario.budget, paymentLimit: '0.00' } });
  return {
    scenario,
    result,
    comparison: compareStrategies(scenario),
    costTimelines: {
      chosen: costTimeline(result),
      minimumOnly: costTimeline(minimumOnly),
      doNothing: costTimeline(doNothing),
    },
    warnings: planWarnings(scenario, result),
    ...(result.summary.debtFree ? {} : { paymentNeeded: monthlyPaymentNeeded(scenario) }),
    millis: now() - startedAt,
  };
}
