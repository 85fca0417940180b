/**
 * The thresholds of DOMAIN step 3 and the candidate terms, named so the UI can quote them and the
 * tests can check them. They are cues from the articles, not rules of any lender.
 */
import { Dec } from '../money';

/** "Small amount": under 500 of the currency (balance: principal + interest + penalty + fees). */
export const WAIVER_SMALL_AMOUNT = '500.00';
/** "Short overdue": at most 30 days. */
export const WAIVER_SHORT_OVERDUE_DAYS = 30;
/** Installment terms tried, shortest first: up to 60 months is what the articles cite. */
export const INSTALLMENT_TERMS: readonly number[] = [3, 6, 12, 18, 24, 36, 48, 60];
/** Settlement dates tried, in months after the proposal date. */
export const SETTLEMENT_HORIZONS: readonly number[] = [1, 3, 6, 12];

export const SMALL_AMOUNT: Dec = new Dec(WAIVER_SMALL_AMOUNT);
