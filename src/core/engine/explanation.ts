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
import type { Phase } from './actuals';

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
      /** v2 §13: Σ installments − T, and the effective annual rate in percent (IRR × 12). */
      totalCost: string;
      apr: string;
      /** v2 §8: whether a break brings the waived amounts back. */
      onBreak: 'keep' | 'reinstate';
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
  /** v2 §14: the recorded payment applied (in a past period, the whole payment). */
  actual: string;
  /** Why the payment is what it is, in words: "the recorded payment" in a past period. */
  text: string;
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
  /** v2 §9: fees still unpaid after the payment, left out of the base (no fee on fees). */
  unpaidFees: string;
  base: string;
  exact: string;
  /** The fee the rule gives, before the court cap. */
  ruled: string;
  amount: string;
  /** v2 §15: what the court cap cut from the fee ("0.00" when nothing). */
  capCut: string;
  text: string;
}

/** v2 §12: a rate change that came into force at the start of this period. */
export interface RateChangeExplanation {
  date: string;
  interestRate: { unit: 'daily' | 'monthly' | 'annual'; value: string } | null;
  penaltyRate: { unit: 'daily' | 'monthly' | 'annual'; value: string } | null;
  text: string;
}

/** v2 §15: the court cap's room this period and what it cut from interest and penalty. */
export interface CapExplanation {
  annualRate: string;
  principal: string;
  room: string;
  interestCut: string;
  penaltyCut: string;
  text: string;
}

export interface DebtPeriodExplanation {
  month: number;
  id: string;
  /** Before this period's agreements, accrual and payment. */
  start: DebtSnapshot;
  rateChanges: RateChangeExplanation[];
  events: EventExplanation[];
  /** Null while an installment agreement runs (nothing accrues then). */
  interest: AccrualExplanation | null;
  penalty: AccrualExplanation | null;
  installment: InstallmentExplanation | null;
  /** Null without a chargeCap, or while an installment agreement runs. */
  cap: CapExplanation | null;
  due: DueExplanation;
  payment: PaymentExplanation;
  shortfall: string;
  lateFee: LateFeeExplanation | null;
  forgiven: string;
  /** v2 §8: waived amounts owed again because the agreement broke ("0.00" when none). */
  reinstated: string;
  outcome: Outcome;
  end: DebtSnapshot;
}

export interface PeriodExplanation {
  month: number;
  start: string;
  end: string;
  days: number;
  /** v2 §14: past (only recorded payments), current (contains asOf) or planned. */
  phase: Phase;
  budget: {
    income: string;
    fixedCosts: string;
    obligations: string;
    reserve: string;
    /** income − fixed costs − obligations − reserve, before clamping and paymentLimit. */
    raw: string;
    /** v2 §3: money set aside for the debts, added after the clamp and the payment limit. */
    extras: string;
    capacity: string;
    deficit: string;
    carriedIn: string;
    available: string;
    /** v2 §14: the recorded payments applied this period. */
    recorded: string;
    unallocated: string;
  };
  /** Debt ids in the order this period's money went to them. */
  order: string[];
  debts: DebtPeriodExplanation[];
}

export interface PlanExplanations {
  periods: PeriodExplanation[];
}
