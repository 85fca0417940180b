/** The public plan, exactly the JSON of model §10: money as "1234.50" strings. */

export type DebtStateName = 'current' | 'overdue' | 'agreement' | 'paid';

export interface DebtSummary {
  id: string;
  payoffMonth: number | null;
  payoffDate: string | null;
  paid: string;
  interest: string;
  penalty: string;
  fees: string;
}

/** v2 §13: one installment agreement as the lender would disclose it. */
export interface InstallmentSummary {
  debtId: string;
  date: string;
  amount: string;
  months: number;
  payment: string;
  totalCost: string;
  /** The effective annual rate in percent (IRR × 12), "13.03". */
  apr: string;
}

export interface PlanSummary {
  affordableMonthly: string;
  debtFree: boolean;
  months: number | null;
  debtFreeDate: string | null;
  totalPaid: string;
  totalInterest: string;
  totalPenalty: string;
  totalFees: string;
  totalWaived: string;
  totalForgiven: string;
  /** v2 §8: waived amounts owed again because a reinstating agreement broke. */
  totalReinstated: string;
  /** v2 §14: the recorded payments applied, those that could not be, and the past periods. */
  actualPaid: string;
  unappliedActuals: string;
  pastMonths: number;
  dailyCostNow: string;
  shortfallMonths: number;
  brokenAgreements: string[];
  installments: InstallmentSummary[];
  debts: DebtSummary[];
}

export interface ScheduleDebt {
  id: string;
  state: DebtStateName;
  due: string;
  payment: string;
  interest: string;
  penalty: string;
  fees: string;
  balance: string;
}

export interface ScheduleRow {
  month: number;
  start: string;
  end: string;
  capacity: string;
  paid: string;
  /** v2 §14: the recorded payments applied in this period (included in `paid`). */
  actual: string;
  unallocated: string;
  deficit: string;
  debts: ScheduleDebt[];
}

export interface PlanResult {
  summary: PlanSummary;
  schedule: ScheduleRow[];
}
