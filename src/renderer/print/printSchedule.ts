import type { PlanResult } from '../../core/engine/output';
import { Dec } from '../../core/money';
import { costOfParts } from '../../core/planCost';

export interface PrintScheduleRow {
  /** 'month': one period (label = its start date); 'year': the periods starting in that year. */
  kind: 'month' | 'year';
  label: string;
  /** Per debt, in scenario order: paid in the row, and the balance at its end. */
  debts: { id: string; paid: string; balance: string }[];
  paid: string;
  cost: string;
  balance: string;
}

/** The months printed one by one before the rest is summed up by year. */
export const MONTHLY_ROWS = 24;

/**
 * The schedule as printed: the first 24 months one by one, then one row per calendar year, so a
 * long plan stays a few pages. Sums are exact; a debt paid off shows a zero balance from then on.
 */
export function printSchedule(result: PlanResult, debtIds: readonly string[]): PrintScheduleRow[] {
  const lastBalance = new Map<string, string>();
  const rows: PrintScheduleRow[] = [];
  let group: { label: string; paid: Map<string, Dec>; cost: Dec; total: Dec } | null = null;

  const flush = () => {
    if (!group) return;
    const { paid, cost, total, label } = group;
    rows.push(row('year', label, debtIds, paid, lastBalance, total, cost));
    group = null;
  };

  result.schedule.forEach((period, index) => {
    const paid = new Map<string, Dec>();
    let cost = new Dec(0);
    let total = new Dec(0);
    for (const debt of period.debts) {
      paid.set(debt.id, new Dec(debt.payment));
      lastBalance.set(debt.id, debt.balance);
      cost = cost.plus(costOfParts(debt));
      total = total.plus(debt.payment);
    }
    if (index < MONTHLY_ROWS) {
      rows.push(row('month', period.start, debtIds, paid, lastBalance, total, cost));
      return;
    }
    const year = period.start.slice(0, 4);
    if (group && group.label !== year) flush();
    group ??= { label: year, paid: new Map(), cost: new Dec(0), total: new Dec(0) };
    for (const [id, amount] of paid)
      group.paid.set(id, (group.paid.get(id) ?? new Dec(0)).plus(amount));
    group.cost = group.cost.plus(cost);
    group.total = group.total.plus(total);
  });
  flush();
  return rows;
}

function row(
  kind: PrintScheduleRow['kind'],
  label: string,
  debtIds: readonly string[],
  paid: Map<string, Dec>,
  balances: Map<string, string>,
  total: Dec,
  cost: Dec,
): PrintScheduleRow {
  let balance = new Dec(0);
  const debts = debtIds.map((id) => {
    const end = balances.get(id) ?? '0.00';
    balance = balance.plus(end);
    return { id, paid: (paid.get(id) ?? new Dec(0)).toFixed(2), balance: end };
  });
  return {
    kind,
    label,
    debts,
    paid: total.toFixed(2),
    cost: cost.toFixed(2),
    balance: balance.toFixed(2),
  };
}

/** The columns of money an A4 page holds beside the period's, at the schedule's print size. */
export const PRINT_MONEY_COLUMNS = 9;
/** Paid, cost and balance of the whole household (PrintSchedule's totalColumns). */
const TOTAL_COLUMNS = 3;

/** One table of the printed schedule: its debts' columns, and whether the totals close it. */
export interface SchedulePart {
  debtIds: string[];
  totals: boolean;
}

/**
 * The schedule's debts split into tables the page can hold: with many debts one table would be
 * wider than the paper, and the whole PDF would be printed shrunk to fit it. Each table repeats
 * the period column; the totals (paid, cost, balance) close the last one. Parts are as even as
 * the columns allow.
 */
export function scheduleParts(debtIds: readonly string[]): SchedulePart[] {
  const columns = debtIds.length + TOTAL_COLUMNS;
  const parts = Math.ceil(columns / PRINT_MONEY_COLUMNS);
  const groups: SchedulePart[] = [];
  let start = 0;
  for (let part = 0; part < parts; part++) {
    const end = start + Math.ceil((columns - start) / (parts - part));
    groups.push({ debtIds: debtIds.slice(start, end), totals: part === parts - 1 });
    start = end;
  }
  return groups;
}
