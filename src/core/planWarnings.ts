import { runPlan } from './engine/plan';
import { Timeline } from './engine/timeline';
import { SILENT_TRACER } from './engine/tracer';
import type { PlanResult } from './engine/output';
import { Dec, ZERO, add, formatMoney, isAboveZero } from './money';
import type { Scenario } from './scenario/types';

/**
 * Something in the plan the person must know about, with the month and the money involved.
 * `past` is true in a month that ended by actuals.asOf (model §14): what happened then is
 * history, not something a new decision could still avoid.
 */
export type PlanWarning =
  /** Some dues of this month cannot be paid in full. */
  | { kind: 'duesNotMet'; month: number; start: string; past: boolean; shortfall: string }
  /** Income does not cover costs, obligations and reserve this month. */
  | { kind: 'budgetDeficit'; month: number; start: string; past: boolean; deficit: string }
  /**
   * An installment agreement is paid short: it breaks, and the penalties come back. `reinstated`
   * is what it had waived and is owed again (onBreak "reinstate", model §8), "0.00" if nothing.
   */
  | {
      kind: 'agreementBroken';
      debtId: string;
      month: number;
      start: string;
      past: boolean;
      shortfall: string;
      reinstated: string;
    }
  /** A settlement cannot be paid in full on its date: the discount is lost. */
  | {
      kind: 'settlementFails';
      debtId: string;
      month: number;
      start: string;
      past: boolean;
      shortfall: string;
    }
  /** Still owed when the plan's horizon ends. */
  | { kind: 'neverPaid'; debtId: string; balance: string };

/**
 * The plan's warnings, in plain terms the dashboard and the negotiation workspace show before a
 * person commits to anything: where dues are missed, agreements break and settlements fail.
 */
export function planWarnings(scenario: Scenario, result: PlanResult): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const timeline = new Timeline(scenario.startDate);
  const broken = new Set(result.summary.brokenAgreements);
  const installmentStarts = installmentStartMonths(scenario, timeline);
  const reinstated = broken.size === 0 ? new Map<string, Dec>() : reinstatements(scenario);
  const asOf = scenario.actuals?.asOf ?? '';
  const past = (month: number) => timeline.period(month).endText <= asOf;
  const previousState = new Map<string, string>();
  for (const row of result.schedule) {
    let shortfall = ZERO;
    for (const debt of row.debts) {
      const short = shortOf(debt.due, debt.payment);
      const isShort = isAboveZero(short);
      if (isShort) shortfall = add(shortfall, short);
      // A break turns an installment (running, or starting this month) into an overdue debt.
      const underAgreement =
        previousState.get(debt.id) === 'agreement' ||
        installmentStarts.get(debt.id)?.has(row.month) === true;
      if (broken.has(debt.id) && underAgreement && debt.state === 'overdue' && isShort) {
        warnings.push({
          kind: 'agreementBroken',
          debtId: debt.id,
          month: row.month,
          start: row.start,
          past: past(row.month),
          shortfall: formatMoney(short),
          reinstated: formatMoney(reinstated.get(`${row.month}|${debt.id}`) ?? new Dec(0)),
        });
      }
      previousState.set(debt.id, debt.state);
    }
    if (row.deficit !== ZERO_TEXT && new Dec(row.deficit).gt(0)) {
      warnings.push({
        kind: 'budgetDeficit',
        month: row.month,
        start: row.start,
        past: past(row.month),
        deficit: row.deficit,
      });
    }
    if (isAboveZero(shortfall)) {
      warnings.push({
        kind: 'duesNotMet',
        month: row.month,
        start: row.start,
        past: past(row.month),
        shortfall: formatMoney(shortfall),
      });
    }
  }
  for (const debt of scenario.debts) {
    for (const agreement of debt.agreements) {
      if (agreement.kind !== 'settlement' || agreement.status !== 'agreed') continue;
      const month = timeline.periodOf(agreement.date);
      const entry = result.schedule[month]?.debts.find((d) => d.id === debt.id);
      if (!entry) continue;
      const short = shortOf(entry.due, entry.payment);
      if (isAboveZero(short)) {
        warnings.push({
          kind: 'settlementFails',
          debtId: debt.id,
          month,
          start: timeline.period(month).startText,
          past: past(month),
          shortfall: formatMoney(short),
        });
      }
    }
  }
  const last = result.schedule[result.schedule.length - 1];
  for (const debt of result.summary.debts) {
    if (debt.payoffMonth !== null) continue;
    const balance = last?.debts.find((d) => d.id === debt.id)?.balance ?? '0.00';
    warnings.push({ kind: 'neverPaid', debtId: debt.id, balance });
  }
  return warnings;
}

/** Zero as the plan writes it. */
const ZERO_TEXT = formatMoney(ZERO);

/**
 * What is left of a due after the payment (negative when more was paid). Most months of a long
 * plan pay their due exactly, or owe none: both are read from the cent strings without parsing.
 * A debt left behind pays nothing and is short by its whole due: one parse, no subtraction
 * (a 600-month plan has thousands of such rows, and this was half of the warnings' time).
 */
function shortOf(due: string, payment: string): Dec {
  if (due === payment || due === ZERO_TEXT) return ZERO;
  return payment === ZERO_TEXT ? new Dec(due) : new Dec(due).minus(new Dec(payment));
}

/**
 * What each broken agreement brought back, by "month|debtId". The plan's output does not carry it
 * per debt (model §10), so the plan is run again listening to that one figure, and only when an
 * agreed installment says `onBreak: "reinstate"`.
 */
function reinstatements(scenario: Scenario): Map<string, Dec> {
  const amounts = new Map<string, Dec>();
  const reinstating = scenario.debts.some((d) =>
    d.agreements.some((a) => a.kind === 'installment' && a.onBreak === 'reinstate'),
  );
  if (!reinstating) return amounts;
  let month = 0;
  runPlan(
    scenario,
    {
      ...SILENT_TRACER,
      startPeriod: (period) => {
        month = period.index;
      },
      reinstated: (d, amount) => amounts.set(`${month}|${d.id}`, amount),
    },
    false,
  );
  return amounts;
}

/** Per debt, the periods in which an agreed installment agreement starts. */
function installmentStartMonths(scenario: Scenario, timeline: Timeline): Map<string, Set<number>> {
  const starts = new Map<string, Set<number>>();
  for (const debt of scenario.debts) {
    for (const agreement of debt.agreements) {
      if (agreement.kind !== 'installment' || agreement.status !== 'agreed') continue;
      const months = starts.get(debt.id) ?? new Set<number>();
      months.add(timeline.periodOf(agreement.date));
      starts.set(debt.id, months);
    }
  }
  return starts;
}
