import type { PlanSummary } from '../../core/engine/output';
import { Dec } from '../../core/money';
import { planCost } from '../../core/planCost';

type Totals = Pick<
  PlanSummary,
  'totalInterest' | 'totalPenalty' | 'totalFees' | 'totalWaived' | 'totalForgiven'
>;

/** What is given up of them: waived, and forgiven by a settlement. */
const relief = (s: Totals): Dec => new Dec(s.totalWaived).plus(s.totalForgiven);

/** An agreement's effect on the whole plan, in the terms the proposal card uses. */
export interface AgreementEffect {
  /** Less penalty charged (negative: more, on other debts). */
  penaltyAvoided: string;
  /** Less paid beyond principal in all, waivers and forgiveness counted (negative: more). */
  costSaved: string;
  /** Of that saving: less charged … */
  lessCharged: string;
  /** … and more waived or forgiven. */
  moreRelief: string;
}

/**
 * The plan without the agreement against the plan with it, figured as the proposals' own check
 * does (core/proposals/verify.ts), so the proposal card and the breach check say the same thing.
 */
export function agreementEffect(without: Totals, withIt: Totals): AgreementEffect {
  const lessCharged = planCost(without).minus(planCost(withIt));
  const moreRelief = relief(withIt).minus(relief(without));
  return {
    penaltyAvoided: new Dec(without.totalPenalty).minus(withIt.totalPenalty).toFixed(2),
    costSaved: lessCharged.plus(moreRelief).toFixed(2),
    lessCharged: lessCharged.toFixed(2),
    moreRelief: moreRelief.toFixed(2),
  };
}
