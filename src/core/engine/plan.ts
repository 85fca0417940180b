import type { Dec } from '../money';
import { ZERO, add, formatMoney, minDec, posted } from '../money';
import type { Scenario } from '../scenario/types';
import { accruePeriod, dailyCost } from './accrual';
import { applyEvents, installmentDue, settlementFor, waivedBy } from './agreements';
import { allocate, applyPayment, type Claim } from './allocate';
import { BudgetModel } from './budget';
import { dueFor, type Due } from './dues';
import type { PlanResult, ScheduleDebt, ScheduleRow } from './output';
import { lateFeeFor } from './shortfall';
import { balanceOf, initialState, statusOf, type DebtState } from './state';
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
  shortfallMonths: number;
  broken: string[];
}

/** One debt's period: its claim on the money, and what it was charged. */
interface Entry extends Claim {
  interest: Dec;
  penalty: Dec;
  fees: Dec;
  endBalance: Dec;
}

/** Steps 2–6 of a period for one debt: agreements, accrual (or installment), due. */
function openDebt(
  d: DebtState,
  k: number,
  days: number,
  totals: Totals,
  tracer: Tracer | null,
): Entry {
  tracer?.debtStart(d);
  if (d.events.length > 0) {
    const applied = applyEvents(d, k);
    if (applied !== null) {
      for (const event of applied) totals.waived = totals.waived.plus(waivedBy(event));
      d.balance = balanceOf(d);
      tracer?.events(d, applied);
    }
  }
  let due: Due | undefined;
  let interest: Dec;
  let penalty = ZERO;
  if (d.installment !== null) {
    const inst = installmentDue(d, d.installment);
    // Installment interest (or the flatFee fee) is posted as interest when it falls due.
    d.interest = d.interest.plus(inst.interest);
    d.totalInterest = d.totalInterest.plus(inst.interest);
    due = { rule: 'installment', amount: inst.amount };
    interest = inst.interest;
    tracer?.installment(d, inst, d.installment);
  } else {
    const accrual = accruePeriod(d, days, tracer !== null);
    tracer?.accrual(d, accrual);
    interest = accrual.interest.posted;
    penalty = accrual.penalty.posted;
  }
  d.balance = add(add(d.balance, interest), penalty);
  const balance = d.balance;
  if (due === undefined) due = dueFor(d, settlementFor(d, k), balance);
  tracer?.due(d, due);
  return {
    debt: d,
    rule: due.rule,
    due: due.amount,
    balance,
    takesSurplus:
      due.rule !== 'installment' && due.rule !== 'settlement' && due.rule !== 'savingForSettlement',
    fromDue: ZERO,
    fromSurplus: ZERO,
    interest,
    penalty,
    fees: ZERO,
    endBalance: ZERO,
  };
}

/** Step 9 (model §9, and the agreement outcomes of §8) for one debt. */
function closeDebt(claim: Entry, k: number, totals: Totals, tracer: Tracer | null): boolean {
  const d = claim.debt;
  const payment = add(claim.fromDue, claim.fromSurplus);
  const split = applyPayment(d, payment, claim.balance);
  if (!payment.isZero()) d.balance = d.balance.minus(payment);
  tracer?.payment(d, claim, split);
  const shortfall = claim.due.minus(claim.fromDue);
  const short = shortfall.gt(ZERO);
  let outcome: Outcome = null;
  if (claim.rule === 'installment') {
    const plan = d.installment;
    // plan is never null here (the rule says an agreement runs); the check keeps the types honest.
    if (short || plan === null) {
      // Broken: what remains is overdue from the next period, under the original rates.
      d.installment = null;
      d.overduePrincipal = d.principal;
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
    const fee = lateFeeFor(d.fee, shortfall);
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

/**
 * Runs the model over the scenario; the tracer, when given, records every figure's reasons.
 * `withSchedule: false` leaves the schedule empty, for callers that only need the summary.
 */
export function runPlan(
  scenario: Scenario,
  tracer: Tracer | null,
  withSchedule = true,
): PlanResult {
  const timeline = new Timeline(scenario.startDate);
  const budget = new BudgetModel(scenario.budget);
  const debts = scenario.debts.map((debt, i) => initialState(debt, i, timeline));
  const customRank = new Map(scenario.customOrder.map((id, i) => [id, i] as const));
  const dailyCostNow = posted(debts.reduce((sum, d) => sum.plus(dailyCost(d)), ZERO));
  const affordableMonthly = budget.affordableMonthly(timeline.period(0));
  const totals: Totals = { waived: ZERO, forgiven: ZERO, shortfallMonths: 0, broken: [] };
  const schedule: ScheduleRow[] = [];
  let carried: Dec = ZERO;

  for (let k = 0; k < scenario.horizonMonths; k++) {
    const open = debts.filter((d) => !d.paid);
    if (open.length === 0) break;
    const period = timeline.period(k);
    const capacity = budget.capacity(period);
    tracer?.startPeriod(period, capacity, carried);

    const claims = open.map((d) => openDebt(d, k, period.days, totals, tracer));
    const ordered = orderDebts(claims, scenario.strategy, customRank);
    tracer?.order(ordered.map((c) => c.debt.id));
    const money = capacity.capacity.plus(carried);
    const left = allocate(ordered, money, scenario.strategy !== 'minimumOnly');

    let anyShort = false;
    const rows: ScheduleDebt[] = [];
    let paid = ZERO;
    for (const claim of claims) {
      const d = claim.debt;
      if (closeDebt(claim, k, totals, tracer)) anyShort = true;
      if (!withSchedule) continue;
      const payment = add(claim.fromDue, claim.fromSurplus);
      paid = add(paid, payment);
      rows.push({
        id: d.id,
        state: statusOf(d),
        due: formatMoney(claim.due),
        payment: formatMoney(payment),
        interest: formatMoney(claim.interest),
        penalty: formatMoney(claim.penalty),
        fees: formatMoney(claim.fees),
        balance: formatMoney(claim.endBalance),
      });
    }
    if (anyShort) totals.shortfallMonths++;
    carried = left;
    tracer?.endPeriod(left);
    if (!withSchedule) continue;
    schedule.push({
      month: k,
      start: period.startText,
      end: period.endText,
      capacity: formatMoney(capacity.capacity),
      paid: formatMoney(paid),
      unallocated: formatMoney(left),
      deficit: formatMoney(capacity.deficit),
      debts: rows,
    });
  }
  return {
    summary: buildSummary({ debts, timeline, affordableMonthly, dailyCostNow, totals }),
    schedule,
  };
}
