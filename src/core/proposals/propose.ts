import { BudgetModel } from '../engine/budget';
import { formatMoney } from '../money';
import type { Scenario } from '../scenario/types';
import { ProposalContextData } from './context';
import { installmentOptions, nearestMiss } from './installments';
import { settlementOptions } from './settlements';
import type { ProposalContext, ProposalOption, ProposalResult } from './types';
import { waiverOptions } from './waivers';

/**
 * What this person can honestly offer the lender of `debtId` (DOMAIN step 3), from the budget and
 * every other commitment: waiver requests where the cues make them promising, installment plans
 * and settlements that fit the capacity left. Every option with `fits` true has been planned
 * agreed and keeps every promise; when none fits, `nothingFits` says why, with the numbers.
 *
 * Pure and deterministic: the proposal date defaults to today as the plan knows it: actuals.asOf
 * when payments are recorded (history cannot be renegotiated), else the startDate. The scenario
 * must be validated (validateScenario); an unknown debt id is a programming error and throws.
 */
export function proposeFor(
  scenario: Scenario,
  debtId: string,
  context: ProposalContext = {},
): ProposalResult {
  if (!scenario.debts.some((d) => d.id === debtId))
    throw new RangeError(`unknown debt id ${debtId}`);
  const date = context.date ?? scenario.actuals?.asOf ?? scenario.startDate;
  const ctx = new ProposalContextData(scenario, debtId, date);
  if (ctx.period >= scenario.horizonMonths) {
    return { debtId, options: [], nothingFits: { reason: 'dateOutsidePlan', params: { date } } };
  }
  if (ctx.record === null || !ctx.record.startBalance.gt(0)) {
    return { debtId, options: [], nothingFits: { reason: 'nothingOwed', params: { date } } };
  }
  const installments = installmentOptions(ctx);
  const options: ProposalOption[] = [
    ...waiverOptions(ctx, context.overdueDays),
    ...installments,
    ...settlementOptions(ctx),
  ];
  if (options.some((o) => o.fits)) return { debtId, options };
  // Nothing fits: show the nearest installment miss, and say why.
  const miss = installments.length === 0 ? nearestMiss(ctx) : null;
  if (miss !== null) options.push(miss);
  return { debtId, options, nothingFits: whyNothingFits(ctx, miss) };
}

function whyNothingFits(
  ctx: ProposalContextData,
  miss: ProposalOption | null,
): NonNullable<ProposalResult['nothingFits']> {
  const month = ctx.period;
  const capacity = new BudgetModel(ctx.scenario.budget).capacity(ctx.timeline.period(month));
  if (capacity.deficit.gt(0)) {
    return {
      reason: 'budgetDeficit',
      params: {
        month,
        deficit: formatMoney(capacity.deficit),
        income: formatMoney(capacity.income),
      },
    };
  }
  const left = ctx.left.month(month);
  if (left.left.isZero() || miss === null) {
    return {
      reason: 'noCapacityLeft',
      params: {
        month,
        capacity: formatMoney(left.capacity),
        otherDues: formatMoney(left.otherDues),
        capacityLeft: formatMoney(left.left),
      },
    };
  }
  return {
    reason: 'installmentTooLarge',
    params: {
      months: miss.params.months ?? 0,
      installment: miss.params.installment ?? '0.00',
      capacityLeft: miss.params.capacityLeft ?? '0.00',
    },
  };
}
