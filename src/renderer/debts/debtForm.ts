import type { RateChange, RateSpec } from '../../core/scenario/types';
import type { AgreementInput, DebtRow } from '../db/AppDB';
import type { DebtInput } from '../db/household';
import { type AgreementForm, agreementFromForm, formFromAgreement } from './agreementForm';
import { stateOf } from './balance';
import { type PresetId, installmentPresets, isPresetId, presetTerms } from './presets';

export type MinimumKind = 'none' | 'percentOfBalance' | 'fixed' | 'interestPlusPercent';
export type LateFeeKind = 'none' | 'fixed' | 'percentOfShortfall';

/**
 * A debt as the form holds it: text exactly as typed (rates are the model's strings, kept
 * digit for digit), so nothing is lost or rounded before validation has looked at it.
 */
export interface DebtForm {
  id: string;
  kind: string;
  name: string;
  principal: string;
  allOverdue: boolean;
  overduePrincipal: string;
  interest: string;
  penalty: string;
  fees: string;
  interestRate: RateSpec | undefined;
  penaltyRate: RateSpec | undefined;
  accrual: 'daily' | 'monthly';
  penaltyBase: 'principal' | 'principalAndInterest';
  compound: boolean;
  minimum: { kind: MinimumKind; percent: string; floor: string; amount: string };
  lateFee: { kind: LateFeeKind; amount: string; percent: string; min: string; max: string };
  agreements: AgreementForm[];
  /**
   * Rates that change on a date (model §12): a promotional rate ending, a penalty lowered.
   * Optional: a draft kept before this field existed has none.
   */
  rateChanges?: RateChange[];
  /** When it fell overdue (app-only, for the negotiation workspace): asked of overdue debts only. */
  overdueSince: string;
}

/** What the debts page needs to open the editor again on a kept draft. */
export interface DebtOpened {
  isNew: boolean;
  initial: DebtForm;
}

/** One debt is edited at a time: its draft has one key. */
export const DEBT_DRAFT_KEY = 'debt';

/** A unique id for a new debt; an existing debt keeps its id for ever. */
export function newDebtId(kind: string): string {
  return `${kind}-${crypto.randomUUID().slice(0, 8)}`;
}

/** The form for a debt of this preset, its typical terms filled in. */
export function formFromPreset(preset: PresetId, name: string, id = newDebtId(preset)): DebtForm {
  // A loan's installment is the person's own figure, never a typical one: the form asks for it.
  return formFromDebt({ id, name, kind: preset, principal: '', ...presetTerms(preset) }, []);
}

/** The form for a stored debt and its agreements. */
export function formFromDebt(
  debt: Omit<DebtRow, 'order'> | DebtInput,
  agreements: readonly AgreementInput[],
): DebtForm {
  // A loan saved while all overdue may have no installment yet: the form still asks for it.
  const asksInstallment = isPresetId(debt.kind) && installmentPresets.has(debt.kind);
  const minimum = debt.minimumPayment ?? { kind: asksInstallment ? 'fixed' : 'none' };
  const lateFee = debt.lateFee ?? { kind: 'none' };
  return {
    id: debt.id,
    kind: debt.kind ?? 'other',
    name: debt.name,
    principal: debt.principal,
    allOverdue: debt.overdue === true,
    overduePrincipal: debt.overduePrincipal ?? '',
    interest: debt.interest ?? '',
    penalty: debt.penalty ?? '',
    fees: debt.fees ?? '',
    interestRate: debt.interestRate,
    penaltyRate: debt.penaltyRate,
    accrual: debt.accrual ?? 'daily',
    penaltyBase: debt.penaltyBase ?? 'principal',
    compound: debt.compound ?? false,
    minimum: {
      kind: minimum.kind,
      percent: 'percent' in minimum ? minimum.percent : '',
      floor: 'floor' in minimum ? (minimum.floor ?? '') : '',
      amount: 'amount' in minimum ? minimum.amount : '',
    },
    lateFee: {
      kind: lateFee.kind,
      amount: 'amount' in lateFee ? lateFee.amount : '',
      percent: 'percent' in lateFee ? lateFee.percent : '',
      min: 'min' in lateFee ? (lateFee.min ?? '') : '',
      max: 'max' in lateFee ? (lateFee.max ?? '') : '',
    },
    agreements: agreements.map(formFromAgreement),
    rateChanges: debt.rateChanges ?? [],
    overdueSince: ('overdueSince' in debt ? debt.overdueSince : undefined) ?? '',
  };
}

/** Text that was left empty is not part of the debt at all (the model's default applies). */
const optional = <K extends string>(key: K, text: string): Partial<Record<K, string>> =>
  text.trim() === '' ? {} : ({ [key]: text.trim() } as Record<K, string>);

/** Empty text stays "" so that validation says the field is required. */
const required = (text: string): string => text.trim();

function minimumPaymentOf(
  form: DebtForm['minimum'],
  allOverdue: boolean,
): DebtInput['minimumPayment'] {
  switch (form.kind) {
    case 'none':
      return undefined;
    case 'fixed':
      // All of an overdue debt is due at once (model §6: its arrears), so its installment never
      // applies and may be left empty.
      if (allOverdue && form.amount.trim() === '') return undefined;
      return { kind: 'fixed', amount: required(form.amount) };
    case 'percentOfBalance':
    case 'interestPlusPercent':
      return { kind: form.kind, percent: required(form.percent), ...optional('floor', form.floor) };
  }
}

function lateFeeOf(form: DebtForm['lateFee']): DebtInput['lateFee'] {
  switch (form.kind) {
    case 'none':
      return undefined;
    case 'fixed':
      return { kind: 'fixed', amount: required(form.amount) };
    case 'percentOfShortfall':
      return {
        kind: 'percentOfShortfall',
        percent: required(form.percent),
        ...optional('min', form.min),
        ...optional('max', form.max),
      };
  }
}

/** Whether the form describes an overdue debt (any principal overdue, model §4). */
export function formIsOverdue(form: Pick<DebtForm, 'allOverdue' | 'overduePrincipal'>): boolean {
  return (
    stateOf({ overdue: form.allOverdue, overduePrincipal: form.overduePrincipal.trim() }) ===
    'overdue'
  );
}

/** The debt the form describes, in the model's input shape (§11), not yet validated. */
export function debtFromForm(form: DebtForm): {
  debt: Omit<DebtRow, 'order'>;
  agreements: AgreementInput[];
} {
  const minimumPayment = minimumPaymentOf(form.minimum, form.allOverdue);
  const lateFee = lateFeeOf(form.lateFee);
  const debt: Omit<DebtRow, 'order'> = {
    id: form.id,
    name: form.name.trim(),
    kind: form.kind,
    principal: required(form.principal),
    ...(form.allOverdue ? { overdue: true } : optional('overduePrincipal', form.overduePrincipal)),
    ...optional('interest', form.interest),
    ...optional('penalty', form.penalty),
    ...optional('fees', form.fees),
    ...(form.interestRate ? { interestRate: form.interestRate } : {}),
    ...(form.penaltyRate ? { penaltyRate: form.penaltyRate } : {}),
    accrual: form.accrual,
    penaltyBase: form.penaltyBase,
    compound: form.compound,
    ...(minimumPayment ? { minimumPayment } : {}),
    ...(lateFee ? { lateFee } : {}),
    ...(form.rateChanges?.length ? { rateChanges: form.rateChanges } : {}),
    // A debt that is current has no date it fell overdue: a stale one is dropped.
    ...(formIsOverdue(form) ? optional('overdueSince', form.overdueSince) : {}),
  };
  return { debt, agreements: form.agreements.map(agreementFromForm) };
}
