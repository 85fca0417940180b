import type { AgreementInput } from '../db/AppDB';
import { fractionToPercent, percentToFraction } from '../forms/ratePercent';

export type AgreementStatus = 'proposed' | 'agreed' | 'refused';
export const agreementStatuses: readonly AgreementStatus[] = ['proposed', 'agreed', 'refused'];
export type AgreementKind = AgreementInput['kind'];
export const agreementKinds: readonly AgreementKind[] = ['waiver', 'installment', 'settlement'];
export const waiverParts = ['penalty', 'interest', 'fees'] as const;
export type WaiverPart = (typeof waiverParts)[number];

/** What a waiver forgives of one part: nothing (empty), an amount, or all of it. */
export interface WaiverAmount {
  all: boolean;
  amount: string;
}

/** An agreement (model §8) as typed in the form. */
export type AgreementForm =
  | ({ kind: 'waiver'; date: string; status: AgreementStatus } & Record<WaiverPart, WaiverAmount>)
  | {
      kind: 'installment';
      date: string;
      status: AgreementStatus;
      months: string;
      method: 'equalPayment' | 'flatFee';
      /** Monthly rate as a percentage, as typed. */
      ratePercent: string;
      waivePenalty: boolean;
      waiveInterest: boolean;
      waiveFees: boolean;
      /** What a missed installment brings back (model §8); absent in an agreement without it. */
      onBreak?: OnBreak;
    }
  | { kind: 'settlement'; date: string; status: AgreementStatus; amount: string };

export type OnBreak = NonNullable<Extract<AgreementInput, { kind: 'installment' }>['onBreak']>;
export const onBreakChoices: readonly OnBreak[] = ['reinstate', 'keep'];

/** A new agreement of this kind, dated `date`, proposed until the lender says yes. */
export function newAgreement<K extends AgreementKind>(
  kind: K,
  date: string,
): Extract<AgreementForm, { kind: K }> {
  return blankAgreement(kind, date) as Extract<AgreementForm, { kind: K }>;
}

function blankAgreement(kind: AgreementKind, date: string): AgreementForm {
  const status: AgreementStatus = 'proposed';
  switch (kind) {
    case 'waiver': {
      const nothing = { all: false, amount: '' };
      return {
        kind,
        date,
        status,
        penalty: nothing,
        interest: { ...nothing },
        fees: { ...nothing },
      };
    }
    case 'installment':
      return {
        kind,
        date,
        status,
        months: '',
        method: 'equalPayment',
        ratePercent: '0',
        waivePenalty: false,
        waiveInterest: false,
        waiveFees: false,
        // Lenders' 停息挂账 contracts bring the waived charges back when one installment is
        // missed: planning for that is the safe side (DOMAIN step 9).
        onBreak: 'reinstate',
      };
    case 'settlement':
      return { kind, date, status, amount: '' };
  }
}

export function formFromAgreement(agreement: AgreementInput): AgreementForm {
  const status = agreement.status ?? 'agreed';
  switch (agreement.kind) {
    case 'waiver': {
      const part = (value: string | undefined): WaiverAmount =>
        value === 'all' ? { all: true, amount: '' } : { all: false, amount: value ?? '' };
      return {
        kind: 'waiver',
        date: agreement.date,
        status,
        penalty: part(agreement.penalty),
        interest: part(agreement.interest),
        fees: part(agreement.fees),
      };
    }
    case 'installment':
      return {
        kind: 'installment',
        date: agreement.date,
        status,
        months: String(agreement.months),
        method: agreement.method,
        ratePercent: fractionToPercent(agreement.rate),
        waivePenalty: agreement.waivePenalty ?? false,
        waiveInterest: agreement.waiveInterest ?? false,
        waiveFees: agreement.waiveFees ?? false,
        ...(agreement.onBreak ? { onBreak: agreement.onBreak } : {}),
      };
    case 'settlement':
      return { kind: 'settlement', date: agreement.date, status, amount: agreement.amount };
  }
}

/** Whole-number text becomes a number; anything else is handed on for validation to name. */
function monthsOf(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

export function agreementFromForm(form: AgreementForm): AgreementInput {
  switch (form.kind) {
    case 'waiver': {
      const parts: Partial<Record<WaiverPart, string>> = {};
      for (const part of waiverParts) {
        const { all, amount } = form[part];
        if (all) parts[part] = 'all';
        else if (amount.trim() !== '') parts[part] = amount.trim();
      }
      return { kind: 'waiver', date: form.date, status: form.status, ...parts };
    }
    case 'installment':
      return {
        kind: 'installment',
        date: form.date,
        status: form.status,
        months: monthsOf(form.months),
        method: form.method,
        rate: percentToFraction(form.ratePercent.trim()),
        waivePenalty: form.waivePenalty,
        waiveInterest: form.waiveInterest,
        waiveFees: form.waiveFees,
        ...(form.onBreak ? { onBreak: form.onBreak } : {}),
      };
    case 'settlement':
      return {
        kind: 'settlement',
        date: form.date,
        status: form.status,
        amount: form.amount.trim(),
      };
  }
}
