/**
 * What a person can honestly offer one lender (DOMAIN step 3), worked out from the budget and
 * every other commitment. Codes, not sentences: the UI translates them, in both languages.
 */
import type { InstallmentSummary } from '../engine/output';
import type { Agreement } from '../scenario/types';

export type ProposalKind = 'waiver' | 'installment' | 'settlement';

/** Why an option is offered; each has its own sentence in the UI. */
export type ProposalReason =
  /** Overdue ≤ 30 days and under 500: ask for a full waiver of penalty and interest. */
  | 'shortOverdueSmallAmount'
  /** Overdue longer and under 500: ask for a full waiver. */
  | 'longOverdueSmallAmount'
  /** Under 500, overdue days unknown: only the amount cue applies (params.overdueDaysKnown = 0). */
  | 'smallAmount'
  /** A large amount: pay part now to cut the base penalty grows on, then ask to waive penalty. */
  | 'payPartFirst'
  /** An ordinary installment plan (分期 / 个性化分期) whose payment fits the capacity left. */
  | 'installmentFits'
  /** 停息挂账: interest stopped (rate 0, penalty and interest waived), payment fits. */
  | 'interestStopFits'
  /** A one-off settlement (一次性结清) of what can be saved by a date. */
  | 'settlementSaveable';

/** Why nothing can be offered; params carry the numbers behind it. */
export type NothingFitsReason =
  /** The debt is already paid, or owes nothing, at the proposal date. */
  | 'nothingOwed'
  /** The proposal date lies beyond the plan's horizon: params.date. */
  | 'dateOutsidePlan'
  /** Income does not cover costs, obligations and reserve: params.deficit (monthly). */
  | 'budgetDeficit'
  /** Nothing is left after every other commitment: params.capacityLeft. */
  | 'noCapacityLeft'
  /**
   * Even the longest installment does not fit: params.months, params.installment (its payment)
   * and params.capacityLeft (the least capacity left in a month of that term).
   */
  | 'installmentTooLarge';

/** Amounts are money strings ("1234.50"); counts are numbers. */
export type ProposalParams = Record<string, string | number>;

/** The option agreed, compared with the plan of the scenario as it is. */
export interface ProposalEffect {
  debtFree: boolean;
  months: number | null;
  debtFreeDate: string | null;
  /** Interest + penalty + fees over the whole plan with the option agreed. */
  totalCost: string;
  totalPenalty: string;
  /** Penalty of the current plan minus penalty with the option (negative if it costs more). */
  penaltyAvoided: string;
  /**
   * Net cost (interest + penalty + fees − waived − forgiven) of the current plan minus that with
   * the option: what the option saves beyond principal; negative when it costs more.
   */
  costSaved: string;
}

export interface ProposalOption {
  kind: ProposalKind;
  reason: ProposalReason;
  params: ProposalParams;
  /** The agreement of model §8 it would add to the debt, with status 'proposed'. */
  agreement: Agreement;
  /**
   * True when the option, agreed, keeps every promise within the budget (planned and checked:
   * this debt never breaks an agreement or fails a settlement, no other debt breaks more often
   * than in the current plan). False for the nearest-miss installment shown when nothing fits,
   * and for a waiver request on a debt whose existing agreed promises already fail.
   */
  fits: boolean;
  effect: ProposalEffect;
  /**
   * For an installment: the engine's own disclosure of it (model §13: payment, total cost and
   * the effective annual rate), from the plan that checked the option. Absent for other kinds.
   */
  installment?: InstallmentSummary;
}

export interface ProposalContext {
  /** Days the debt has been overdue, when known (the app stores when it fell overdue). */
  overdueDays?: number;
  /** The day the proposal is made (YYYY-MM-DD); defaults to the scenario's startDate. */
  date?: string;
}

export interface ProposalResult {
  debtId: string;
  options: ProposalOption[];
  /** Set when no option fits: why, with the numbers. */
  nothingFits?: { reason: NothingFitsReason; params: ProposalParams };
}
