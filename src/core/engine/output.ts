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
  dailyCostNow: string;
  shortfallMonths: number;
  brokenAgreements: string[];
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
  unallocated: string;
  deficit: string;
  debts: ScheduleDebt[];
}

export interface PlanResult {
  summary: PlanSummary;
  schedule: ScheduleRow[];
}
