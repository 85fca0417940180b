/** What every kind of proposal reads: the current plan, the capacity left, and a way to try one. */
import { Timeline } from '../engine/timeline';
import type { Agreement, Scenario } from '../scenario/types';
import { CapacityLeft } from './capacity';
import { tracePlan, type DebtRecord, type Trace } from './trace';
import type { ProposalKind, ProposalOption, ProposalParams, ProposalReason } from './types';
import { effectOf, installmentLineOf, keepsPromises, withAgreed } from './verify';

export interface Tried {
  trace: Trace;
  keeps: boolean;
}

export class ProposalContextData {
  readonly timeline: Timeline;
  readonly baseline: Trace;
  readonly left: CapacityLeft;
  /** The proposal's period: agreements dated `date` start here. */
  readonly period: number;
  /** The debt in the current plan at that period, or null when it is no longer owed. */
  readonly record: DebtRecord | null;

  constructor(
    readonly scenario: Scenario,
    readonly debtId: string,
    readonly date: string,
  ) {
    this.timeline = new Timeline(scenario.startDate);
    this.baseline = tracePlan(scenario);
    this.left = new CapacityLeft(scenario, this.baseline, debtId);
    this.period = this.timeline.periodOf(date);
    this.record = this.baseline.periods[this.period]?.debts.get(debtId) ?? null;
  }

  /** Plans the scenario with the agreement agreed and checks it keeps every promise. */
  try(agreement: Agreement): Tried {
    const trace = tracePlan(withAgreed(this.scenario, this.debtId, agreement));
    return { trace, keeps: keepsPromises(trace, this.baseline, this.debtId, this.period) };
  }

  option(
    kind: ProposalKind,
    reason: ProposalReason,
    params: ProposalParams,
    agreement: Agreement,
    tried: Tried,
    fits: boolean,
  ): ProposalOption {
    const effect = effectOf(tried.trace, this.baseline);
    const installment = installmentLineOf(tried.trace.summary, this.debtId, agreement);
    const option = { kind, reason, params, agreement, fits, effect };
    return installment ? { ...option, installment } : option;
  }
}
