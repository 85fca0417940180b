/**
 * The total plan (协商总方案): one set of requests to every lender that holds together. Codes and
 * money strings, not sentences: the UI and the CLI say them in the person's language.
 */
import type { Agreement } from '../scenario/types';
import type { ProposalEffect } from './types';

/** What one lender is asked for; 'keep' means its current terms stay. */
export type TotalRequest = 'keep' | 'waiver' | 'interestStop' | 'settlement';

export interface TotalAgreement {
  debtId: string;
  /** A new agreement (model §8), status 'proposed'. */
  agreement: Agreement;
}

export interface TotalLender {
  debtId: string;
  request: TotalRequest;
  /**
   * What the lender is paid in the proposal's month with the whole set agreed; for a settlement,
   * its amount (paid at its date).
   */
  monthly: string;
  /** Interest, penalty and fees this debt is charged over the whole plan with the set agreed. */
  totalCost: string;
  /** An installment's effective annual rate in percent (model §13), else null. */
  apr: string | null;
}

export interface TotalFallback {
  /** The lenders to protect first, in order: the most lenders whose 停息挂账 holds together. */
  settleFirst: string[];
  /** Their agreements (at the longest term); the other lenders keep their terms and fall behind. */
  agreements: TotalAgreement[];
}

export type TotalNothingFits =
  | { reason: 'dateOutsidePlan'; date: string }
  | {
      reason: 'tooLittleMoney';
      /** The longest common term the plan's horizon allows (0 when it allows none). */
      months: number;
      /**
       * The least extra a month (from the proposal's month on) with which a set holds; null when
       * no amount does (a promise already agreed cannot be kept whatever is paid).
       */
      missingMonthly: string | null;
      /** The least monthly cut in fixed costs that closes it; null when cutting cannot. */
      cutCostsMonthly: string | null;
      /** One lender settled now at its whole balance, funded by a one-off extra; null if none. */
      settlement: { debtId: string; amount: string; extra: string } | null;
      fallback: TotalFallback;
    };

export interface TotalPlan {
  /** The proposal's date: new agreements start then. */
  date: string;
  /** Empty when keeping every current term holds, or when nothing holds. */
  agreements: TotalAgreement[];
  /** The common term of every 停息挂账 in the set, or null when the set has none. */
  term: number | null;
  lenders: TotalLender[];
  /** The set agreed, compared with the plan as it is (when nothing holds: keeping every term). */
  effect: ProposalEffect;
  nothingFits?: TotalNothingFits;
}

export interface TotalContext {
  /** The day the requests are made (YYYY-MM-DD); defaults to actuals.asOf, else startDate. */
  date?: string;
  /**
   * Lenders that refused (debt ids): re-planning around them, they keep their current terms and
   * are asked nothing, and the others' requests are chosen so that everything still holds.
   */
  refused?: readonly string[];
  /**
   * Days each debt has been overdue at `date`, by debt id, where known (its 逾期开始日期): a short
   * overdue on a large amount can then be asked to waive its penalty, as that lender's own
   * proposals ask (waiverAsk). Unknown, only a small amount overdue is asked for a waiver.
   */
  overdueDays?: Readonly<Record<string, number>>;
}
