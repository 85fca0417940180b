import type { TFunction } from 'i18next';
import { validateMoney } from '../../core';
import { checkPercent } from '../../core/scenario/fields';
import type { HouseholdRow } from '../db/AppDB';
import { issueText } from '../validation/issueText';

export type ReserveMode = 'none' | 'percent' | 'amount';
export const reserveModes: readonly ReserveMode[] = ['none', 'percent', 'amount'];

/** The reserve and payment limit as the form holds them: text as typed. */
export interface ReserveDraft {
  mode: ReserveMode;
  percent: string;
  amount: string;
  /** "" means no limit. */
  limit: string;
}

export function draftFromHousehold(household: HouseholdRow): ReserveDraft {
  const reserve = household.reserve;
  return {
    mode:
      reserve?.percentOfIncome !== undefined
        ? 'percent'
        : reserve?.amount !== undefined
          ? 'amount'
          : 'none',
    percent: reserve?.percentOfIncome ?? '',
    amount: reserve?.amount ?? '',
    limit: household.paymentLimit ?? '',
  };
}

export type ReservePatch = Pick<HouseholdRow, 'reserve' | 'paymentLimit'>;

export type ReserveCheck =
  | { ok: true; patch: ReservePatch; errors: Map<string, string[]> }
  | { ok: false; errors: Map<string, string[]> };

/**
 * Checks the draft with the engine's rules for `budget.reserve` and `budget.paymentLimit`
 * (percent 0–100, money with at most two decimals) and, when it is valid, gives the household
 * patch. Errors are keyed by the form's fields: `percent`, `amount`, `limit`.
 */
export function checkReserveDraft(draft: ReserveDraft, t: TFunction): ReserveCheck {
  const errors = new Map<string, string[]>();
  let reserve: HouseholdRow['reserve'];
  if (draft.mode === 'percent') {
    const problem = checkPercent(draft.percent);
    if (problem === null) reserve = { percentOfIncome: draft.percent };
    else errors.set('percent', [t(`issues.${problem.code}`, { ...problem.params })]);
  } else if (draft.mode === 'amount') {
    const result = validateMoney(draft.amount, ['budget', 'reserve', 'amount']);
    if (result.ok) reserve = { amount: result.value };
    else
      errors.set(
        'amount',
        result.issues.map((issue) => issueText(issue, t)),
      );
  }
  let paymentLimit: string | undefined;
  if (draft.limit !== '') {
    const result = validateMoney(draft.limit, ['budget', 'paymentLimit']);
    if (result.ok) paymentLimit = result.value;
    else
      errors.set(
        'limit',
        result.issues.map((issue) => issueText(issue, t)),
      );
  }
  if (errors.size > 0) return { ok: false, errors };
  return { ok: true, patch: { reserve, paymentLimit }, errors };
}
