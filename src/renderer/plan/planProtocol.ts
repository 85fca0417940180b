import type { Issue } from '../../core/scenario/issues';
import type { Scenario, ScenarioInput } from '../../core/scenario/types';
import type { StrategyComparison } from '../../core/engine/compare';
import type { DebtPeriodExplanation } from '../../core/engine/explanation';
import type { PlanResult } from '../../core/engine/output';
import type { PlanWarning } from '../../core/planWarnings';
import type { ProposalContext, ProposalResult } from '../../core/proposals/types';

/** Messages to the planning worker. Each carries an id; only the latest answer is used. */
export type PlanRequest =
  | { id: number; type: 'plan'; scenario: ScenarioInput }
  | { id: number; type: 'explain'; month: number; debtId: string }
  | {
      id: number;
      type: 'propose';
      scenario: ScenarioInput;
      debtId: string;
      context: ProposalContext;
    };

/** Cumulative interest + penalty + fees paid or owed, month by month: what delay costs. */
export interface CostPoint {
  month: number;
  /** Period start date, YYYY-MM-DD. */
  start: string;
  cost: string;
}

/**
 * What the views show beyond the plan itself: the comparisons. They take several plans more, so
 * the worker sends them second — the headline and charts of an edit never wait for them.
 */
export interface PlanExtras {
  comparison: StrategyComparison[];
  /** The chosen plan, minimum payments only, and doing nothing, as cumulative cost series. */
  costTimelines: { chosen: CostPoint[]; minimumOnly: CostPoint[]; doNothing: CostPoint[] };
  /**
   * When the plan is not debt-free within its horizon: the steady monthly payment that would
   * get there (null: no payment would); undefined when the plan is debt-free.
   */
  paymentNeeded?: string | null;
}

export interface PlanBundle {
  scenario: Scenario;
  result: PlanResult;
  /** Missed dues, deficits, broken agreements, failing settlements, debts never paid. */
  warnings: PlanWarning[];
  /** Undefined until the worker's second answer arrives. */
  extras?: PlanExtras;
  /** How long the worker took for the plan itself, for the benchmark. */
  millis: number;
}

export type PlanResponse =
  | { id: number; type: 'plan'; ok: true; bundle: PlanBundle }
  | { id: number; type: 'plan'; ok: false; issues: Issue[] }
  | { id: number; type: 'planExtras'; extras: PlanExtras }
  | { id: number; type: 'explain'; explanation: DebtPeriodExplanation | null }
  | { id: number; type: 'propose'; ok: true; result: ProposalResult }
  | { id: number; type: 'propose'; ok: false; issues: Issue[] }
  | { id: number; type: 'error'; message: string };
