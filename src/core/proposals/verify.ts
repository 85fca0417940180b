/**
 * Every option is checked by planning: the scenario with the option agreed must keep every
 * promise the current plan keeps. This, not the arithmetic that found the option, is what makes
 * an offered option safe to take to a lender.
 */
import type { InstallmentSummary, PlanSummary } from '../engine/output';
import type { Outcome } from '../engine/plan';
import { Dec, formatMoney } from '../money';
import { planCost } from '../planCost';
import type { Agreement, Scenario } from '../scenario/types';
import type { ProposalEffect } from './types';
import type { Trace } from './trace';

/** The scenario with the agreement added to the debt, agreed, to preview it (model §8). */
export function withAgreed(scenario: Scenario, debtId: string, agreement: Agreement): Scenario {
  return {
    ...scenario,
    debts: scenario.debts.map((d) =>
      d.id === debtId
        ? { ...d, agreements: [...d.agreements, { ...agreement, status: 'agreed' as const }] }
        : d,
    ),
  };
}

/**
 * The engine's disclosure (model §13) of an installment agreed last on this debt: the last line
 * of its kind, since an agreement added last starts last among those of the same date.
 */
export function installmentLineOf(
  summary: Pick<PlanSummary, 'installments'>,
  debtId: string,
  agreement: Agreement,
): InstallmentSummary | undefined {
  if (agreement.kind !== 'installment') return undefined;
  return summary.installments
    .filter(
      (line) =>
        line.debtId === debtId && line.date === agreement.date && line.months === agreement.months,
    )
    .at(-1);
}

/** A debt breaking a promise: an agreement broken, a settlement failed, a minimum missed. */
const BREAKS: ReadonlySet<Outcome> = new Set<Outcome>([
  'agreementBroken',
  'settlementFailed',
  'fellBehind',
]);

function breaksPerDebt(trace: Trace): Map<string, number> {
  const counts = new Map<string, number>();
  for (const period of trace.periods) {
    for (const [id, debt] of period.debts) {
      if (BREAKS.has(debt.outcome)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The option keeps its promise (no break or failed settlement of this debt from the proposal's
 * period `from` on: a break already lived, model §14, is history) and costs no other debt a
 * promise the current plan keeps (no more breaks per debt than before).
 */
export function keepsPromises(
  candidate: Trace,
  baseline: Trace,
  debtId: string,
  from: number,
): boolean {
  for (const period of candidate.periods.slice(from)) {
    const outcome = period.debts.get(debtId)?.outcome ?? null;
    if (outcome === 'agreementBroken' || outcome === 'settlementFailed') return false;
  }
  const before = breaksPerDebt(baseline);
  for (const [id, count] of breaksPerDebt(candidate)) {
    if (id !== debtId && count > (before.get(id) ?? 0)) return false;
  }
  return true;
}

/** What the plan costs beyond principal once waivers and forgiveness are taken off. */
export function netCost(trace: Trace): Dec {
  const s = trace.summary;
  return planCost(s).minus(s.totalWaived).minus(s.totalForgiven);
}

export function effectOf(candidate: Trace, baseline: Trace): ProposalEffect {
  const s = candidate.summary;
  const b = baseline.summary;
  return {
    debtFree: s.debtFree,
    months: s.months,
    debtFreeDate: s.debtFreeDate,
    totalCost: formatMoney(planCost(s)),
    totalPenalty: s.totalPenalty,
    penaltyAvoided: formatMoney(new Dec(b.totalPenalty).minus(s.totalPenalty)),
    costSaved: formatMoney(netCost(baseline).minus(netCost(candidate))),
  };
}
