/**
 * A plan run that records only what the proposal maths reads: per period the money, and per debt
 * the due's rule, the due, the payment and the outcome. A full explanation trace would cost
 * several times a plan; this costs almost nothing, so a few dozen candidate plans stay fast.
 */
import type { Phase } from '../engine/actuals';
import type { AppliedEvent } from '../engine/agreements';
import type { Claim } from '../engine/allocate';
import type { Capacity } from '../engine/budget';
import type { Due, DueRule } from '../engine/dues';
import type { PlanSummary } from '../engine/output';
import type { Outcome } from '../engine/plan';
import { runPlan } from '../engine/plan';
import { balanceOf, type DebtState } from '../engine/state';
import type { Period } from '../engine/timeline';
import type { Tracer } from '../engine/tracer';
import { type Dec, ZERO, add } from '../money';
import type { Scenario } from '../scenario/types';

export interface DebtRecord {
  rule: DueRule;
  due: Dec;
  payment: Dec;
  /** v2 §14: the recorded payments applied (part of `payment`). */
  actual: Dec;
  outcome: Outcome;
  /** Balance at the start of the period, before its agreements and accrual. */
  startBalance: Dec;
  startPenalty: Dec;
  startInterest: Dec;
  startFees: Dec;
  startOverdue: Dec;
  /** Balance after accrual, before payment (what a settlement this period is capped at). */
  balance: Dec;
  /** Set when an installment agreement started this period: T and the level payment. */
  installment: { total: Dec; level: Dec } | null;
}

/**
 * Whether the debt is behind at the period's start: principal overdue, or penalty or fees owed.
 * What the proposals and the total plan treat as overdue when the days are not known.
 */
export function isBehind(record: DebtRecord): boolean {
  return record.startOverdue.gt(0) || record.startPenalty.gt(0) || record.startFees.gt(0);
}

export interface PeriodRecord {
  /** v2 §14: a past period paid only what was recorded; nothing can be planned in it. */
  phase: Phase;
  capacity: Capacity;
  carried: Dec;
  debts: Map<string, DebtRecord>;
}

export interface Trace {
  summary: PlanSummary;
  periods: PeriodRecord[];
}

function blankRecord(d: DebtState): DebtRecord {
  return {
    rule: 'noMinimum',
    due: ZERO,
    payment: ZERO,
    actual: ZERO,
    outcome: null,
    startBalance: balanceOf(d),
    startPenalty: d.penalty,
    startInterest: d.interest,
    startFees: d.fees,
    startOverdue: d.overduePrincipal,
    balance: ZERO,
    installment: null,
  };
}

class RecordingTracer implements Tracer {
  readonly periods: PeriodRecord[] = [];
  private current: PeriodRecord | null = null;

  private record(d: DebtState): DebtRecord {
    const period = this.current;
    if (period === null) throw new Error('trace: debt event outside a period');
    let record = period.debts.get(d.id);
    if (record === undefined) {
      record = blankRecord(d);
      period.debts.set(d.id, record);
    }
    return record;
  }

  startPeriod(_period: Period, capacity: Capacity, carried: Dec, phase: Phase): void {
    this.current = { phase, capacity, carried, debts: new Map() };
    this.periods.push(this.current);
  }
  debtStart(d: DebtState): void {
    this.record(d);
  }
  events(d: DebtState, applied: readonly AppliedEvent[]): void {
    for (const event of applied) {
      if (event.kind === 'installment') {
        this.record(d).installment = { total: event.total, level: event.plan.level };
      }
    }
  }
  rateChanges(): void {}
  accrual(): void {}
  installment(): void {}
  due(d: DebtState, due: Due): void {
    const record = this.record(d);
    record.rule = due.rule;
    record.due = due.amount;
    record.balance = d.balance;
  }
  order(): void {}
  payment(d: DebtState, claim: Claim): void {
    const record = this.record(d);
    record.payment = add(add(claim.fromActual, claim.fromDue), claim.fromSurplus);
    record.actual = claim.fromActual;
  }
  lateFee(): void {}
  forgiven(): void {}
  reinstated(): void {}
  outcome(d: DebtState, outcome: Outcome): void {
    this.record(d).outcome = outcome;
  }
  endPeriod(): void {}
}

/** The plan's summary and the record of every period (no schedule: it is not needed here). */
export function tracePlan(scenario: Scenario): Trace {
  const tracer = new RecordingTracer();
  const { summary } = runPlan(scenario, tracer, false);
  return { summary, periods: tracer.periods };
}
