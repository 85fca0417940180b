import { Dec, ONE, ZERO, formatMoney, posted } from '../money';
import type { InstallmentSummary } from './output';
import { scheduledInstallment } from './agreements';
import type { InstallmentPlan } from './state';

/**
 * The installments c₁…cₙ of an agreement if every one is paid on time (v2 §13), ending early if
 * the principal reaches 0.
 */
export function installmentFlows(plan: InstallmentPlan): Dec[] {
  const flows: Dec[] = [];
  let remaining = plan.total;
  for (let n = 1; n <= plan.months && remaining.gt(ZERO); n++) {
    const due = scheduledInstallment(plan, n, remaining);
    flows.push(due.amount);
    remaining = remaining.minus(due.principal);
  }
  return flows;
}

/** Newton's method stops once a step moves the monthly rate by less than this. */
const STEP = new Dec('1e-24');
const MAX_STEPS = 200;

/**
 * Newton's method on f(i) = Σ cₖ vᵏ − T (v = 1/(1+i)) from `start`, in decimal arithmetic. f falls
 * and is convex in i, so from a point left of the root each step lands between the last point and
 * the root. Null when `start` (other than 0) is not left of the root.
 */
function newton(total: Dec, flows: readonly Dec[], start: Dec): Dec | null {
  let i = start;
  for (let step = 0; step < MAX_STEPS; step++) {
    const v = ONE.div(ONE.plus(i));
    let power = ONE;
    let value = total.negated();
    let slope = ZERO;
    flows.forEach((c, k) => {
      power = power.times(v);
      const pv = c.times(power);
      value = value.plus(pv);
      slope = slope.minus(pv.times(k + 1));
    });
    if (value.lte(ZERO) || slope.isZero()) return step === 0 && !start.isZero() ? null : i;
    // d/di vᵏ = −k vᵏ⁺¹, so the slope carries one more factor v.
    const move = value.div(slope.times(v)).negated();
    i = i.plus(move);
    if (move.lt(STEP)) return i;
  }
  return i;
}

/**
 * Where the decimal iterations start: the same Newton's method in floating point, a hair to the
 * left. Only a starting point — never a figure — it spares the costly 40-digit iterations that
 * would climb from 0 (a plan's installment summaries were a tenth of its time); 0 if it fails.
 */
function startingPoint(total: Dec, flows: readonly Dec[]): Dec {
  const cash = flows.map((c) => c.toNumber());
  let i = 0;
  for (let step = 0; step < 100; step++) {
    const v = 1 / (1 + i);
    let power = 1;
    let value = -total.toNumber();
    let slope = 0;
    cash.forEach((c, k) => {
      power *= v;
      value += c * power;
      slope -= c * power * (k + 1);
    });
    if (!(value > 0) || slope === 0) break;
    const move = -value / (slope * v);
    i += move;
    if (move < 1e-15) break;
  }
  const start = i * (1 - 1e-9);
  return Number.isFinite(start) && start > 0 ? new Dec(start) : ZERO;
}

/**
 * The monthly rate i ≥ 0 with T = Σ cₖ / (1+i)ᵏ (the IRR), in decimal arithmetic: Newton's method
 * from just left of the root, or from 0 when that start turns out not to be left of it.
 */
export function monthlyIrr(total: Dec, flows: readonly Dec[]): Dec {
  return newton(total, flows, startingPoint(total, flows)) ?? (newton(total, flows, ZERO) as Dec);
}

/** One line of summary.installments (v2 §13): payment, total cost and the effective annual rate. */
export function installmentSummary(debtId: string, plan: InstallmentPlan): InstallmentSummary {
  const flows = installmentFlows(plan);
  const paidBack = flows.reduce((sum, c) => sum.plus(c), ZERO);
  const cost = paidBack.minus(plan.total);
  const apr = cost.isZero() ? ZERO : posted(monthlyIrr(plan.total, flows).times(1200));
  return {
    debtId,
    date: plan.date,
    amount: formatMoney(plan.total),
    months: plan.months,
    payment: formatMoney(flows[0] ?? ZERO),
    totalCost: formatMoney(cost),
    apr: formatMoney(apr),
  };
}
