/**
 * Why each figure is what it is: per period and debt, the bases, rates and days behind interest and
 * penalty, the rule behind the due, where the payment went, and the late fee. Money is given as
 * strings like the plan; `exact` values keep full precision (before posting). `text` is an English
 * formula for logs and tests; a UI builds its own sentence from the structured fields.
 */
import type { BasePart } from './accrual';
import type { DueRule } from './dues';
import type { DebtStateName } from './output';
import type { Outcome } from './plan';
import type { LateFeeRule } from '../scenario/types';

export interface DebtSnapshot {
  state: DebtStateName;
  principal: string;
  overduePrincipal: string;
  interest: string;
  penalty: string;
  fees: string;
  balance: string;
}

export interface AccrualExplanation {
  base: string;
  baseParts: { part: BasePart; amount: string }[];
  /** The rate as the user gave it. */
  rateGiven: { unit: 'daily' | 'monthly' | 'annual'; value: string };
  /** The rate per step actually multiplied in, at full precision. */
  rateUsed: string;
  unit: 'daily' | 'monthly';
  days: number | null;
  exact: string;
  posted: string;
  text: string;
}

export type EventExplanation =
  | { kind: 'waiver'; date: string; penalty: string; interest: string; fees: string; text: string }
  | {
      kind: 'installment';
      date: string;
      balance: string;
      waived: string;
      total: string;
      method: 'equalPayment' | 'flatFee';
      months: number;
      rate: string;
      level: string;
      fee: string;
      text: string;
    };

export interface InstallmentExplanation {
  number: number;
  of: number;
  method: 'equalPayment' | 'flatFee';
  rate: string;
  remaining: string;
  interest: string;
  principal: string;
  amount: string;
  text: string;
}

export interface DueExplanation {
  rule: DueRule;
  amount: string;
  text: string;
}

export interface PaymentExplanation {
  total: string;
  towardsDue: string;
  surplus: string;
  toFees: string;
  toPenalty: string;
  toInterest: string;
  toPrincipal: string;
}

export interface LateFeeExplanation {
  rule: LateFeeRule;
  shortfall: string;
  exact: string;
  amount: string;
  text: string;
}

export interface DebtPeriodExplanation {
  month: number;
  id: string;
  /** Before this period's agreements, accrual and payment. */
  start: DebtSnapshot;
  events: EventExplanation[];
  /** Null while an installment agreement runs (nothing accrues then). */
  interest: AccrualExplanation | null;
  penalty: AccrualExplanation | null;
  installment: InstallmentExplanation | null;
  due: DueExplanation;
  payment: PaymentExplanation;
  shortfall: string;
  lateFee: LateFeeExplanation | null;
  forgiven: string;
  outcome: Outcome;
  end: DebtSnapshot;
}

export interface PeriodExplanation {
  month: number;
  start: string;
  end: string;
  days: number;
  budget: {
    income: string;
    fixedCosts: string;
    obligations: string;
    reserve: string;
    /** income − fixed costs − obligations − reserve, before clamping and paymentLimit. */
    raw: string;
    capacity: string;
    deficit: string;
    carriedIn: string;
    available: string;
    unallocated: string;
  };
  /** Debt ids in the order this period's money went to them. */
  order: string[];
  debts: DebtPeriodExplanation[];
}

export interface PlanExplanations {
  periods: PeriodExplanation[];
}
