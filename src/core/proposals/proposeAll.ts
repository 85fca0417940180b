import { Dec, ZERO, formatMoney } from '../money';
import type { Scenario } from '../scenario/types';
import { searchHolding } from './allSearch';
import { TotalContextData, type Evaluated } from './allSets';
import { nothingHolds } from './allShort';
import type { TotalContext, TotalLender, TotalPlan, TotalRequest } from './allTypes';
import { effectOf } from './verify';

function requestOf(kind: string | undefined): TotalRequest {
  if (kind === 'waiver') return 'waiver';
  if (kind === 'installment') return 'interestStop';
  if (kind === 'settlement') return 'settlement';
  return 'keep';
}

/** Per lender owed at the proposal's date: what it is asked, its payment then, and the APR. */
function lendersOf(ctx: TotalContextData, chosen: Evaluated): TotalLender[] {
  const lenders: TotalLender[] = [];
  const period = chosen.trace.periods[ctx.period];
  for (const debt of ctx.scenario.debts) {
    if (!(ctx.record(debt.id)?.startBalance.gt(0) ?? false)) continue;
    const agreement = chosen.set.get(debt.id);
    const installment = chosen.trace.summary.installments.find(
      (i) => i.debtId === debt.id && i.date === ctx.date && agreement?.kind === 'installment',
    );
    const charged = chosen.trace.summary.debts.find((d) => d.id === debt.id);
    lenders.push({
      debtId: debt.id,
      request: requestOf(agreement?.kind),
      monthly:
        agreement?.kind === 'settlement'
          ? agreement.amount
          : formatMoney(period?.debts.get(debt.id)?.due ?? ZERO),
      totalCost: formatMoney(
        charged === undefined
          ? ZERO
          : new Dec(charged.interest).plus(charged.penalty).plus(charged.fees),
      ),
      apr: installment?.apr ?? null,
    });
  }
  return lenders;
}

/**
 * One set of requests to every lender (协商总方案) that holds together: agreed all at once, every
 * due from the proposal's month on is paid in full (no installment breaks, no settlement fails, no
 * minimum or arrears missed). Among the sets that hold: the lowest net cost (interest + penalty +
 * fees − waived − forgiven), then the earliest debt-free date, then the fewest lenders to
 * convince. When none holds, `nothingFits` says by how much, and what would close it.
 *
 * Pure and deterministic; the scenario must be validated. The date defaults to actuals.asOf when
 * payments are recorded (history cannot be renegotiated), else the startDate.
 */
export function proposeAll(scenario: Scenario, context: TotalContext = {}): TotalPlan {
  const date = context.date ?? scenario.actuals?.asOf ?? scenario.startDate;
  const ctx = new TotalContextData(scenario, date, context.refused, context.overdueDays);
  const keep = ctx.evaluate(new Map());
  const plan = (chosen: Evaluated): TotalPlan => {
    const terms = [...chosen.set.values()].flatMap((a) =>
      a.kind === 'installment' ? [a.months] : [],
    );
    return {
      date,
      agreements: [...chosen.set].map(([debtId, agreement]) => ({ debtId, agreement })),
      term: terms[0] ?? null,
      lenders: lendersOf(ctx, chosen),
      effect: effectOf(chosen.trace, ctx.baseline),
    };
  };
  if (ctx.period >= scenario.horizonMonths) {
    return { ...plan(keep), nothingFits: { reason: 'dateOutsidePlan', date } };
  }
  const chosen = searchHolding(ctx);
  if (chosen !== null) return plan(chosen);
  return { ...plan(keep), nothingFits: nothingHolds(ctx) };
}
