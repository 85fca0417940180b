import { Dec } from '../../core/money';
import type { PlanResult } from '../../core/engine/output';
import { type ChartPoint, type Series, point } from '../plan/charts/chartData';

/**
 * What the total plan promises each lender, month by month from the proposal's month on: each
 * debt's due with the whole set agreed, their total, and the capacity they must fit in. Months
 * before the proposal are history, not promises, so they are left out.
 */
export function promiseSeries(result: PlanResult, series: Series[], date: string): ChartPoint[] {
  return result.schedule
    .filter((row) => row.end >= date)
    .map((row) => {
      const amounts: Record<string, string> = {};
      let total = new Dec(0);
      for (const s of series) {
        const due = row.debts.find((d) => d.id === s.id)?.due ?? '0.00';
        amounts[s.key] = due;
        total = total.plus(due);
      }
      amounts.total = total.toFixed(2);
      amounts.capacity = row.capacity;
      return point(row.month, row.start, amounts);
    });
}
