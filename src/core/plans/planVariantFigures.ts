import { plan } from '../engine/api';
import type { PlanResult } from '../engine/output';
import { Dec } from '../money';
import { FIRST_YEAR_MONTHS, periodCost, planCost } from '../planCost';
import type { PlanVariant, Scenario } from '../scenario/types';
import { applyPlanVariant } from './applyPlanVariant';

/** One month of a 方案's plan: what is still owed, and what it has cost so far. */
export interface VariantPoint {
  /** Period start, YYYY-MM-DD. */
  start: string;
  balance: string;
  /** Interest, penalty and fees since the plan's start. */
  cost: string;
}

/** What the 方案 comparison shows of one plan, from the engine's own outputs. */
export interface PlanVariantFigures {
  debtFree: boolean;
  debtFreeDate: string | null;
  months: number | null;
  /** Interest, penalty and fees over the whole plan (a plan that never clears: to its horizon). */
  cost: string;
  /** The same over the first 12 months (or the whole plan, if shorter): real for any plan. */
  yearCost: string;
  /**
   * What starting one month later adds to the cost; null unless both plans clear (the cost of a
   * plan that never clears only says how long the horizon is).
   */
  delayMonthCost: string | null;
  shortfallMonths: number;
  /** Debts whose agreement breaks in this plan: paid short, its terms are lost. */
  atRisk: string[];
  /** Each installment agreement as the lender would disclose it (model §13). */
  installments: { debtId: string; months: number; payment: string; apr: string }[];
  series: VariantPoint[];
}

function seriesOf(result: PlanResult): VariantPoint[] {
  let cost = new Dec(0);
  return result.schedule.map((row) => {
    cost = cost.plus(periodCost(row));
    const balance = row.debts.reduce((sum, debt) => sum.plus(debt.balance), new Dec(0));
    return { start: row.start, balance: balance.toFixed(2), cost: cost.toFixed(2) };
  });
}

/**
 * A 方案's figures: its plan (the household with its changes, `applyPlanVariant`) and that plan
 * started a month later, for what a month of waiting costs. The household itself is the empty
 * 方案 `{}`.
 */
export function planVariantFigures(scenario: Scenario, variant: PlanVariant): PlanVariantFigures {
  const result = plan(applyPlanVariant(scenario, variant));
  const { summary } = result;
  const later = plan(
    applyPlanVariant(scenario, { ...variant, delayMonths: (variant.delayMonths ?? 0) + 1 }),
  ).summary;
  const series = seriesOf(result);
  const cost = planCost(summary);
  return {
    debtFree: summary.debtFree,
    debtFreeDate: summary.debtFreeDate,
    months: summary.months,
    cost: cost.toFixed(2),
    yearCost: series[Math.min(FIRST_YEAR_MONTHS, series.length) - 1]?.cost ?? '0.00',
    delayMonthCost:
      summary.debtFree && later.debtFree ? planCost(later).minus(cost).toFixed(2) : null,
    shortfallMonths: summary.shortfallMonths,
    atRisk: summary.brokenAgreements,
    installments: summary.installments.map(({ debtId, months, payment, apr }) => ({
      debtId,
      months,
      payment,
      apr,
    })),
    series,
  };
}
