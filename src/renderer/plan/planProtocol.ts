import type { Issue } from '../../core/scenario/issues';
import type { PlanVariantFigures } from '../../core/plans/planVariantFigures';
import type { PlanVariantInput, Scenario, ScenarioInput } from '../../core/scenario/types';
import type { StrategyComparison } from '../../core/engine/compare';
import type { DebtPeriodExplanation } from '../../core/engine/explanation';
import type { PlanResult } from '../../core/engine/output';
import type { PlanWarning } from '../../core/planWarnings';
import type { TotalContext, TotalPlan } from '../../core/proposals/allTypes';
import type { ProposalContext, ProposalResult } from '../../core/proposals/types';

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
  /** What paying nothing costs over a year (or the whole horizon, if shorter). */
  waiting: { months: number; cost: string };
  /** Only for a plan that never clears or runs past 60 months: what would get out of it. */
  longRun?: LongRunOptions;
}

/** For a plan that never clears or runs too long: the ways out the overview names. */
export interface LongRunOptions {
  /** The steady monthly payment that clears everything within 36 and 60 months (null: none). */
  clearWithin: { months: number; payment: string | null }[];
  /** The same plan charged only what a court upholds (model §15, 24 % a year). */
  courtView: {
    debtFree: boolean;
    debtFreeDate: string | null;
    /** Interest, penalty and fees over the plan: only meaningful when debtFree. */
    cost: string;
    /** What is owed after the next 12 months, against now ("1234.56"). */
    owedNow: string;
    owedAfterYear: string;
  };
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

/**
 * Whether two bundles hold the same plan, whatever their comparisons: the worker's second
 * answer adds `extras` to the same scenario, result and warnings.
 */
export const samePlan = (a: PlanBundle, b: PlanBundle): boolean =>
  a.scenario === b.scenario && a.result === b.result && a.warnings === b.warnings;

/** A plan with its comparisons in: what a document (the print view) shows. */
export type CompletePlanBundle = PlanBundle & { extras: PlanExtras };

export type PlanAnswer =
  { ok: true; bundle: PlanBundle; planId: number } | { ok: false; issues: Issue[] };

export type ProposeAnswer = { ok: true; result: ProposalResult } | { ok: false; issues: Issue[] };

/**
 * The total plan (协商总方案), and the household planned with its whole set agreed: what its
 * chart draws (each lender's due, month by month, against the capacity).
 */
export type ProposeAllAnswer =
  | { ok: true; result: TotalPlan; agreed: { scenario: Scenario; result: PlanResult } }
  | { ok: false; issues: Issue[] };

/** The household and its 方案, one column each in the order asked for (issue 14). */
export type ComparePlansAnswer =
  { ok: true; columns: PlanVariantFigures[] } | { ok: false; issues: Issue[] };

/**
 * Everything the planning worker answers, one request and one answer each. Each client of the
 * worker has its own plan there: its explanations and comparisons are of that plan, and only its
 * own newer plan supersedes it.
 */
export interface PlanWorkerHandlers {
  /** Validates and plans a scenario: the headline figures, schedule and warnings. */
  plan(args: { scenario: ScenarioInput }): PlanAnswer;
  /** The comparisons of a plan; null when the same client has asked for a newer plan since. */
  planExtras(args: { planId: number }): PlanExtras | null;
  /** Why one debt's figures in one month of the client's current plan are what they are. */
  explain(args: { month: number; debtId: string }): DebtPeriodExplanation | null;
  /** Negotiation proposals for one debt of a scenario. */
  propose(args: {
    scenario: ScenarioInput;
    debtId: string;
    context: ProposalContext;
  }): ProposeAnswer;
  /** One set of requests to every lender that holds together (协商总方案). */
  proposeAll(args: { scenario: ScenarioInput; context: TotalContext }): ProposeAllAnswer;
  /** The 方案 comparison: each 方案 (the household itself is the empty one) planned over it. */
  comparePlans(args: { scenario: ScenarioInput; variants: PlanVariantInput[] }): ComparePlansAnswer;
  /** The client is gone: its plan is dropped, and its comparisons still running stop. */
  forget(args: Record<string, never>): null;
}

export type PlanMethod = keyof PlanWorkerHandlers;
export type PlanArgs<K extends PlanMethod> = Parameters<PlanWorkerHandlers[K]>[0];
export type PlanResultOf<K extends PlanMethod> = ReturnType<PlanWorkerHandlers[K]>;

/** A request: which client asks, its id (unique on the connection), the method and arguments. */
export type PlanWorkerRequest = {
  [K in PlanMethod]: { id: number; client: number; name: K; args: PlanArgs<K> };
}[PlanMethod];

/** The answer to request `id`: the method's result, or why it failed. */
export type PlanWorkerResponse =
  | { id: number; ok: true; result: PlanResultOf<PlanMethod> }
  | { id: number; ok: false; error: string };

/** The words of a failure, without the "Error: " a string of it would add. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
