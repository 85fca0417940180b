/**
 * The total plan's building blocks: which debts can be asked for what, a set of requests as a
 * scenario, and the check that a set holds (model v2, every installment `onBreak: "reinstate"`).
 */
import { Timeline } from '../engine/timeline';
import { type Dec, ZERO, formatMoney } from '../money';
import type { Agreement, Scenario } from '../scenario/types';
import { INSTALLMENT_TERMS, SETTLEMENT_HORIZONS } from './constants';
import { INTEREST_STOP, installmentAgreement } from './installments';
import { PROBE_AMOUNT, lastDayOf, saveableIn, settlement } from './settlements';
import { isBehind, tracePlan, type DebtRecord, type Trace } from './trace';
import { netCost } from './verify';
import { waiverAgreement, waiverAsk } from './waivers';

/** A set of new agreements, one per debt at most; debts not in it keep their terms. */
export type RequestSet = ReadonlyMap<string, Agreement>;

export interface Evaluated {
  set: RequestSet;
  trace: Trace;
  holds: boolean;
  cost: Dec;
}

/**
 * Every due paid in full from period `from` on (a due paid short is a shortfall, whatever its
 * kind), except the dues of lenders that refused: they fall behind whatever is offered to the rest.
 */
function holdsFrom(trace: Trace, from: number, refused: ReadonlySet<string>): boolean {
  for (let k = from; k < trace.periods.length; k++) {
    for (const [id, debt] of (trace.periods[k] as Trace['periods'][number]).debts) {
      if (refused.has(id)) continue;
      if (debt.outcome === 'agreementBroken' || debt.outcome === 'settlementFailed') return false;
      if (debt.outcome === 'fellBehind' || debt.payment.lt(debt.due)) return false;
    }
  }
  return true;
}

/** A debt's principal at the start of a period: its balance less interest, penalty and fees. */
export function principalOf(record: DebtRecord): Dec {
  return record.startBalance
    .minus(record.startInterest)
    .minus(record.startPenalty)
    .minus(record.startFees);
}

/** The scenario with every agreement of the set added, agreed (model §8 preview). */
export function withSet(scenario: Scenario, set: RequestSet): Scenario {
  if (set.size === 0) return scenario;
  return {
    ...scenario,
    debts: scenario.debts.map((d) => {
      const agreement = set.get(d.id);
      return agreement === undefined
        ? d
        : { ...d, agreements: [...d.agreements, { ...agreement, status: 'agreed' as const }] };
    }),
  };
}

/** What the search reads once: the proposal's period, the current plan, who can be asked. */
export class TotalContextData {
  readonly timeline: Timeline;
  readonly period: number;
  readonly baseline: Trace;
  /**
   * Debts owed at the proposal's period with no agreed promise running or ahead and that have not
   * refused, in input order.
   */
  readonly negotiable: string[] = [];
  /** Overdue (or carrying penalty or fees) at the proposal's period. */
  readonly overdue = new Set<string>();
  /**
   * The waiver worth asking of each debt where DOMAIN step 3 says one is (waiverAsk, as the
   * single-lender proposals ask it): a small amount overdue, or a short overdue when known.
   */
  readonly waivers = new Map<string, Agreement>();
  /** The common terms the horizon leaves room for, shortest first. */
  readonly terms: number[];
  /** Lenders that refused: asked nothing, and their dues are not held to. */
  readonly refused: ReadonlySet<string>;
  private readonly cache = new Map<string, Evaluated>();

  constructor(
    readonly scenario: Scenario,
    readonly date: string,
    refused: readonly string[] = [],
    overdueDays: Readonly<Record<string, number>> = {},
  ) {
    this.refused = new Set(refused);
    this.timeline = new Timeline(scenario.startDate);
    this.period = this.timeline.periodOf(date);
    this.baseline = tracePlan(scenario);
    this.terms = INSTALLMENT_TERMS.filter((n) => this.period + n <= scenario.horizonMonths);
    const records = this.baseline.periods[this.period]?.debts ?? new Map<string, DebtRecord>();
    for (const debt of scenario.debts) {
      const record = records.get(debt.id);
      if (record === undefined || !record.startBalance.gt(0)) continue;
      // One new agreement per debt, and none over a promise already agreed and not yet done.
      const running = ['installment', 'settlement', 'savingForSettlement'].includes(record.rule);
      const ahead = debt.agreements.some((a) => a.status === 'agreed' && a.date >= date);
      if (running || ahead || this.refused.has(debt.id)) continue;
      this.negotiable.push(debt.id);
      if (isBehind(record)) this.overdue.add(debt.id);
      const ask = waiverAsk(record, overdueDays[debt.id]);
      if (ask !== null) this.waivers.set(debt.id, waiverAgreement(ask, date));
    }
  }

  record(debtId: string, k = this.period): DebtRecord | undefined {
    return this.baseline.periods[k]?.debts.get(debtId);
  }

  /** Plans the scenario with the set agreed (once per distinct set) and checks it holds. */
  evaluate(set: RequestSet, scenario: Scenario = this.scenario): Evaluated {
    const key = scenario === this.scenario ? JSON.stringify([...set]) : null;
    const known = key === null ? undefined : this.cache.get(key);
    if (known !== undefined) return known;
    const trace = tracePlan(withSet(scenario, set));
    const evaluated = {
      set,
      trace,
      holds: holdsFrom(trace, this.period, this.refused),
      cost: netCost(trace),
    };
    if (key !== null) this.cache.set(key, evaluated);
    return evaluated;
  }

  interestStop(months: number): Agreement {
    return installmentAgreement(this.date, months, INTEREST_STOP);
  }

  /**
   * The earliest settlement of `debtId` that the set leaves money for, at what can be saved by
   * then, or null. The amount is never below the principal then: the lender is asked to waive
   * interest, penalty and fees (what lenders commonly grant), never part of what was lent.
   */
  settlementWith(
    set: Map<string, Agreement>,
    debtId: string,
    scenario?: Scenario,
  ): Agreement | null {
    const offer = (ahead: number): Agreement | null => {
      const k = this.period + ahead - 1;
      const date = lastDayOf(this.scenario.startDate, k);
      const probe = new Map(set).set(debtId, settlement(date, PROBE_AMOUNT));
      const period = this.evaluate(probe, scenario).trace.periods[k];
      const found = saveableIn(period, debtId);
      const own = period?.debts.get(debtId);
      if (found === null || own === undefined || !found.amount.gt(ZERO)) return null;
      if (found.amount.lt(principalOf(own))) return null;
      return settlement(date, formatMoney(found.amount));
    };
    const horizons = SETTLEMENT_HORIZONS.filter(
      (ahead) => this.period + ahead - 1 < this.scenario.horizonMonths,
    );
    // Saving longer never leaves less: when the latest date cannot reach the principal, no
    // earlier one can, and one plan says so instead of one per date.
    const latest = horizons[horizons.length - 1];
    if (latest === undefined || offer(latest) === null) return null;
    for (const ahead of horizons) {
      const found = offer(ahead);
      if (found !== null) return found;
    }
    return null;
  }
}
