import {
  Dec,
  ZERO,
  add,
  atLeastZero,
  formatMoney,
  isAboveZero,
  minDec,
  posted,
  sub,
} from '../money';
import type { Scenario } from '../scenario/types';
import { accruePeriod, dailyCost } from './accrual';
import { ActualsBook, applyRecorded, payPeriod } from './actuals';
import { applyEvents, installmentDue, reinstate, settlementFor, waivedBy } from './agreements';
import { applyPayment, type Claim } from './allocate';
import { BudgetModel } from './budget';
import { dueFor, type Due } from './dues';
import { installmentSummary } from './installmentCost';
import type { InstallmentSummary, PlanResult, ScheduleDebt, ScheduleRow } from './output';
import { lateFeeFor } from './shortfall';
import { applyRateChanges, balanceOf, initialState, statusOf, type DebtState } from './state';
import { type Steps, finish } from '../steps';
import { orderDebts } from './strategies';
import { buildSummary } from './summary';
import { Timeline } from './timeline';
import type { Tracer } from './tracer';

/** What happened to a debt at the end of a period, beyond ordinary payment. */
export type Outcome =
  | 'paidOff'
  | 'settled'
  | 'settlementFailed'
  | 'installmentPaid'
  | 'agreementBroken'
  | 'fellBehind'
  | null;

interface Totals {
  waived: Dec;
  forgiven: Dec;
  reinstated: Dec;
  actualPaid: Dec;
  pastMonths: number;
  shortfallMonths: number;
  broken: string[];
  installments: InstallmentSummary[];
}

/** One debt's period: its claim on the money, and what it was charged. */
interface Entry extends Claim {
  interest: Dec;
  penalty: Dec;
  fees: Dec;
  endBalance: Dec;
  /** fromActual + fromDue + fromSurplus, once the period's money is paid out. */
  payment: Dec;
  /** The court cap's room left for a late fee after interest and penalty; null without a cap. */
  capLeft: Dec | null;
}

/** The parts of a period that are the same for every debt. */
interface PeriodContext {
  readonly k: number;
  readonly days: number;
  readonly capRate: Dec | null;
  readonly totals: Totals;
  readonly tracer: Tracer | null;
}

/** Steps 2–6 of a period for one debt: rate changes, agreements, accrual (or installment), due. */
function openDebt(d: DebtState, ctx: PeriodContext): Entry {
  const { k, totals, tracer } = ctx;
  tracer?.debtStart(d);
  if (d.nextRateChange < d.rateChanges.length) {
    const changed = applyRateChanges(d, k);
    if (changed !== null) tracer?.rateChanges(d, changed);
  }
  if (d.events.length > 0) {
    const applied = applyEvents(d, k);
    if (applied !== null) {
      for (const event of applied) {
        totals.waived = totals.waived.plus(waivedBy(event));
        if (event.kind === 'installment' && event.total.gt(ZERO))
          totals.installments.push(installmentSummary(d.id, event.plan));
      }
      d.balance = balanceOf(d);
      tracer?.events(d, applied);
    }
  }
  let due: Due | undefined;
  let interest: Dec;
  let penalty = ZERO;
  let capLeft: Dec | null = null;
  let notOverdue = ZERO;
  if (d.installment !== null) {
    const inst = installmentDue(d, d.installment);
    // Installment interest (or the flatFee fee) is posted as interest when it falls due.
    d.interest = d.interest.plus(inst.interest);
    d.totalInterest = d.totalInterest.plus(inst.interest);
    due = { rule: 'installment', amount: inst.amount };
    interest = inst.interest;
    tracer?.installment(d, inst, d.installment);
  } else {
    const accrual = accruePeriod(d, ctx.days, tracer !== null, ctx.capRate);
    tracer?.accrual(d, accrual);
    interest = accrual.interestCharged;
    penalty = accrual.penaltyCharged;
    notOverdue = accrual.interest.base;
    if (accrual.cap !== null) capLeft = accrual.cap.room.minus(interest).minus(penalty);
  }
  d.balance = add(add(d.balance, interest), penalty);
  const balance = d.balance;
  if (due === undefined) due = dueFor(d, settlementFor(d, k), balance, notOverdue);
  tracer?.due(d, due);
  return {
    debt: d,
    rule: due.rule,
    due: due.amount,
    balance,
    takesSurplus:
      due.rule !== 'installment' && due.rule !== 'settlement' && due.rule !== 'savingForSettlement',
    recorded: ZERO,
    fromActual: ZERO,
    fromDue: ZERO,
    fromSurplus: ZERO,
    interest,
    penalty,
    fees: ZERO,
    endBalance: ZERO,
    payment: ZERO,
    capLeft,
  };
}

/** Step 9 (model §9, and the agreement outcomes of §8) for one debt. */
function closeDebt(claim: Entry, ctx: PeriodContext): boolean {
  const { k, totals, tracer } = ctx;
  const d = claim.debt;
  const payment = add(add(claim.fromActual, claim.fromDue), claim.fromSurplus);
  claim.payment = payment;
  const feesBefore = d.fees;
  const split = applyPayment(d, payment, claim.balance);
  if (!payment.isZero()) d.balance = d.balance.minus(payment);
  tracer?.payment(d, claim, split);
  const shortfall = sub(sub(claim.due, claim.fromActual), claim.fromDue);
  const short = isAboveZero(shortfall);
  let outcome: Outcome = null;
  if (claim.rule === 'installment') {
    const plan = d.installment;
    // plan is never null here (the rule says an agreement runs); the check keeps the types honest.
    if (short || plan === null) {
      // Broken: what remains is overdue from the next period, under the rates in force.
      d.installment = null;
      d.overduePrincipal = d.principal;
      if (plan?.reinstate) {
        const amount = reinstate(d, plan.reinstate);
        totals.reinstated = totals.reinstated.plus(amount);
        tracer?.reinstated(d, amount);
      }
      if (!totals.broken.includes(d.id)) totals.broken.push(d.id);
      outcome = 'agreementBroken';
    } else {
      plan.paidCount++;
      outcome = 'installmentPaid';
    }
  } else if (claim.rule === 'settlement') {
    if (short) outcome = 'settlementFailed';
    else {
      const forgiven = d.balance;
      totals.forgiven = totals.forgiven.plus(forgiven);
      d.principal = d.overduePrincipal = d.interest = d.penalty = d.fees = d.balance = ZERO;
      outcome = 'settled';
      tracer?.forgiven(d, forgiven);
    }
  } else if (short) {
    if (claim.rule === 'minimum') {
      // A current debt (only those have a minimum as their due) falls behind.
      d.overduePrincipal = minDec(d.principal, shortfall);
      outcome = 'fellBehind';
    }
    // v2 §9: no fee on fees. The fees still unpaid are L before the payment less the payment.
    const unpaidFees = atLeastZero(sub(feesBefore, payment));
    const fee = lateFeeFor(d.fee, shortfall, unpaidFees, claim.capLeft);
    if (!fee.amount.isZero()) {
      d.fees = d.fees.plus(fee.amount);
      d.balance = d.balance.plus(fee.amount);
      d.totalFees = d.totalFees.plus(fee.amount);
      claim.fees = fee.amount;
    }
    tracer?.lateFee(d, d.lateFee, fee);
  }
  claim.endBalance = d.balance;
  if (claim.endBalance.isZero()) {
    d.paid = true;
    d.installment = null;
    d.payoffPeriod = k;
    if (outcome !== 'settled') outcome = 'paidOff';
  }
  tracer?.outcome(d, outcome);
  return short;
}

function scheduleDebt(claim: Entry): ScheduleDebt {
  const d = claim.debt;
  return {
    id: d.id,
    state: statusOf(d),
    due: formatMoney(claim.due),
    payment: formatMoney(claim.payment),
    interest: formatMoney(claim.interest),
    penalty: formatMoney(claim.penalty),
    fees: formatMoney(claim.fees),
    balance: formatMoney(claim.endBalance),
  };
}

/**
 * Runs the model over the scenario; the tracer, when given, records every figure's reasons.
 * `withSchedule: false` leaves the schedule empty, for callers that only need the summary.
 */
export function runPlan(
  scenario: Scenario,
  tracer: Tracer | null,
  withSchedule = true,
): PlanResult {
  return finish(runPlanSteps(scenario, tracer, withSchedule));
}

/**
 * runPlan one month at a time: it pauses after each period, so that the planning worker can
 * answer a newer edit in the middle of a long comparison plan (600 months of 20 debts doing
 * nothing take 150 ms) instead of after it.
 */
export function* runPlanSteps(
  scenario: Scenario,
  tracer: Tracer | null,
  withSchedule = true,
): Steps<PlanResult> {
  const timeline = new Timeline(scenario.startDate);
  const budget = new BudgetModel(scenario.budget);
  const book = new ActualsBook(scenario.actuals, timeline);
  const capRate = scenario.chargeCap === undefined ? null : new Dec(scenario.chargeCap.annualRate);
  const debts = scenario.debts.map((debt, i) => initialState(debt, i, timeline));
  const customRank = new Map(scenario.customOrder.map((id, i) => [id, i] as const));
  const lastOrder: number[] = [];
  const dailyCostNow = posted(debts.reduce((sum, d) => sum.plus(dailyCost(d, capRate)), ZERO));
  const affordableMonthly = budget.affordableMonthly(timeline.period(0));
  const totals: Totals = {
    waived: ZERO,
    forgiven: ZERO,
    reinstated: ZERO,
    actualPaid: ZERO,
    pastMonths: 0,
    shortfallMonths: 0,
    broken: [],
    installments: [],
  };
  const schedule: ScheduleRow[] = [];
  let carried: Dec = ZERO;

  for (let k = 0; k < scenario.horizonMonths; k++) {
    const open = debts.filter((d) => !d.paid);
    if (open.length === 0) break;
    const period = timeline.period(k);
    const phase = book.phase(period);
    if (phase === 'past') totals.pastMonths++;
    const capacity = budget.capacity(period);
    tracer?.startPeriod(period, capacity, carried, phase);
    const ctx: PeriodContext = { k, days: period.days, capRate, totals, tracer };

    const claims = open.map((d) => openDebt(d, ctx));
    const recordedHere = book.paymentsIn(k);
    const recorded = recordedHere === undefined ? ZERO : applyRecorded(claims, recordedHere);
    totals.actualPaid = totals.actualPaid.plus(recorded);
    const ordered = orderDebts(claims, scenario.strategy, customRank, lastOrder);
    tracer?.order(ordered.map((c) => c.debt.id));
    const available = capacity.capacity.plus(carried);
    const left = payPeriod(
      phase,
      ordered,
      available,
      recorded,
      scenario.strategy !== 'minimumOnly',
    );

    let anyShort = false;
    const rows: ScheduleDebt[] = [];
    let paid = ZERO;
    for (const claim of claims) {
      if (closeDebt(claim, ctx)) anyShort = true;
      if (!withSchedule) continue;
      paid = add(paid, claim.payment);
      rows.push(scheduleDebt(claim));
    }
    if (anyShort) totals.shortfallMonths++;
    carried = left;
    tracer?.endPeriod(left, recorded);
    if (withSchedule)
      schedule.push({
        month: k,
        start: period.startText,
        end: period.endText,
        capacity: formatMoney(capacity.capacity),
        paid: formatMoney(paid),
        actual: formatMoney(recorded),
        unallocated: formatMoney(left),
        deficit: formatMoney(capacity.deficit),
        debts: rows,
      });
    yield;
  }
  return {
    summary: buildSummary({
      debts,
      timeline,
      affordableMonthly,
      dailyCostNow,
      totals,
      // Every recorded payment not applied: beyond what was owed, to a paid debt, or after the
      // plan's last period.
      unappliedActuals: book.total.minus(totals.actualPaid),
    }),
    schedule,
  };
}
