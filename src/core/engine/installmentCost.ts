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
 * The monthly rate i ≥ 0 with T = Σ cₖ / (1+i)ᵏ (the IRR), in decimal arithmetic. f(i) = Σ cₖ vᵏ − T
 * (v = 1/(1+i)) falls and is convex in i, so Newton's method started at 0, left of the root, climbs
 * to it without overshooting: each step lands between the last point and the root.
 */
export function monthlyIrr(total: Dec, flows: readonly Dec[]): Dec {
  let i = ZERO;
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
    if (value.lte(ZERO) || slope.isZero()) return i;
    // d/di vᵏ = −k vᵏ⁺¹, so the slope carries one more factor v.
    const move = value.div(slope.times(v)).negated();
    i = i.plus(move);
    if (move.lt(STEP)) return i;
  }
  return i;
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
