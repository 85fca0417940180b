import { Dec, ZERO, formatMoney } from '../../core/money';
import type { PlanResult } from '../../core/engine/output';
import type { ScenarioInput } from '../../core/scenario/types';
import type {
  AgreementRow,
  CheckInRow,
  DebtRow,
  LivedPoint,
  PaymentRow,
  RebaseRow,
} from '../db/AppDB';
import { openingBalance, paidShort, rowBalance } from '../progress/progress';
import { checkInsOn } from './checkIn';

/** Why the plan cannot start anew from the lenders' figures today, per debt. */
export type RebaseProblem =
  | { kind: 'beforeStart' }
  | { kind: 'noCheckIn'; debtId: string }
  | { kind: 'cleared'; debtId: string }
  | { kind: 'installment'; debtId: string };

export interface RebaseChange {
  debts: DebtRow[];
  rebase: Omit<RebaseRow, 'id'>;
}

/** The debt with the lender's figures as its opening balances. */
function withLenderFigures(debt: DebtRow, checkIn: CheckInRow): DebtRow {
  const { interest: _i, penalty: _p, fees: _f, overdue, overduePrincipal, ...rest } = debt;
  const parts = checkIn.split;
  const principal = parts ? parts.principal : checkIn.total;
  const next: DebtRow = { ...rest, principal };
  if (parts)
    Object.assign(next, { interest: parts.interest, penalty: parts.penalty, fees: parts.fees });
  // What the lender counts as overdue, when its app says; else the debt stays as it was entered,
  // its overdue principal no more than the new principal.
  if (checkIn.overduePrincipal !== undefined) next.overduePrincipal = checkIn.overduePrincipal;
  else if (overdue !== undefined) next.overdue = overdue;
  else if (overduePrincipal !== undefined)
    next.overduePrincipal = Dec.min(overduePrincipal, principal).toFixed(2);
  return next;
}

/**
 * Starting the plan anew from the lenders' figures on `today` (re-base). The model has one start
 * date for the whole household (§2), so every debt needs the lender's figure of that day: mixing
 * in Ashore's own (a period end's balance) would drop or count twice the payments in between.
 * - the start moves to today; payments dated before it stay in the log but leave the plan's
 *   `actuals` (model §14 only takes [start, asOf)), as the lenders' figures include them;
 * - agreements dated before today are history (see scenarioRows' beforeRebase);
 * - a debt still paying an installment agreement cannot be re-based: the agreement's remaining
 *   schedule is not the lender's balance, and re-planning it from today would start it over;
 * - a debt the lender shows as cleared cannot open a plan (the model needs a principal > 0).
 * The plan as lived until today is kept (the RebaseRow) for the progress chart.
 */
export function rebaseFrom(input: {
  scenario: ScenarioInput;
  result: PlanResult;
  debts: readonly DebtRow[];
  agreements: readonly AgreementRow[];
  checkIns: readonly CheckInRow[];
  payments: readonly PaymentRow[];
  today: string;
}): { ok: true; change: RebaseChange } | { ok: false; problems: RebaseProblem[] } {
  const { scenario, result, today } = input;
  if (today < scenario.startDate) return { ok: false, problems: [{ kind: 'beforeStart' }] };
  const lender = checkInsOn(input.checkIns, today);
  const pastRows = result.schedule.filter((row) => row.end <= today);
  const stateRow = pastRows.at(-1) ?? result.schedule[0];
  const problems: RebaseProblem[] = [];
  for (const debt of input.debts) {
    const checkIn = lender.get(debt.id);
    if (!checkIn) problems.push({ kind: 'noCheckIn', debtId: debt.id });
    else if (new Dec(checkIn.split?.principal ?? checkIn.total).isZero())
      problems.push({ kind: 'cleared', debtId: debt.id });
    const installmentBefore = input.agreements.some(
      ({ debtId, agreement }) =>
        debtId === debt.id &&
        agreement.kind === 'installment' &&
        (agreement.status ?? 'agreed') === 'agreed' &&
        agreement.date < today,
    );
    const state = stateRow?.debts.find((row) => row.id === debt.id)?.state;
    if (installmentBefore && state === 'agreement')
      problems.push({ kind: 'installment', debtId: debt.id });
  }
  if (problems.length > 0) return { ok: false, problems };

  const lastEnd = pastRows.at(-1)?.end ?? scenario.startDate;
  const paid = new Map<string, Dec>();
  const addPaid = (debtId: string, amount: string) =>
    paid.set(debtId, (paid.get(debtId) ?? ZERO).plus(amount));
  for (const row of pastRows) for (const debt of row.debts) addPaid(debt.id, debt.payment);
  // Paid since the last period end, before today: in the lenders' figures, not in a past period.
  for (const payment of input.payments)
    if (lastEnd <= payment.date && payment.date < today) addPaid(payment.debtId, payment.amount);
  const lived: LivedPoint[] = pastRows.map((row) => ({
    date: row.end,
    balance: formatMoney(rowBalance(row)),
    missed: paidShort(row),
  }));
  return {
    ok: true,
    change: {
      debts: input.debts.map((debt) => {
        const checkIn = lender.get(debt.id);
        return checkIn ? withLenderFigures(debt, checkIn) : debt;
      }),
      rebase: {
        date: today,
        previousStart: scenario.startDate,
        opening: formatMoney(openingBalance(scenario)),
        lived,
        paid: [...paid].map(([debtId, amount]) => ({ debtId, amount: formatMoney(amount) })),
      },
    },
  };
}
