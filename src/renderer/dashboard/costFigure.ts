import type { TFunction } from 'i18next';
import { Dec } from '../../core/money';
import { planCost } from '../../core/planCost';
import type { PlanBundle } from '../plan/planProtocol';
import { isLongRun, yearAhead } from './yearAhead';

/** What the plan costs, as the overview and the PDF headline it. */
export interface CostFigure {
  label: string;
  value: string;
  hint: string;
  /** The debts grow: the figure is a warning. */
  grows: boolean;
}

/**
 * The plan's cost ahead, or over a plan that never ends (or runs for years) what is owed after
 * the next year: compounded totals over decades reach figures no one would pay or believe, and
 * the next year is what the person can act on. The schedule keeps the whole plan's figures.
 */
export function costFigure(
  bundle: Pick<PlanBundle, 'scenario' | 'result'>,
  t: TFunction,
  money: (amount: string) => string,
): CostFigure {
  const { summary } = bundle.result;
  if (!isLongRun(summary)) {
    return {
      label: t('dashboard.costAhead'),
      value: money(planCost(summary).toFixed(2)),
      hint: t('dashboard.costBreakdown', {
        interest: money(summary.totalInterest),
        penalty: money(summary.totalPenalty),
        fees: money(summary.totalFees),
      }),
      grows: false,
    };
  }
  const year = yearAhead(bundle.scenario, bundle.result);
  const change = new Dec(year.change);
  return {
    label: t('dashboard.yearAhead', { months: year.months }),
    value: money(change.abs().toFixed(2)),
    hint: t(change.isNegative() ? 'dashboard.yearAheadLess' : 'dashboard.yearAheadMore', {
      now: money(year.now),
      after: money(year.after),
    }),
    grows: change.gt(0),
  };
}
