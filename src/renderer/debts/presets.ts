import type { DebtInput } from '../db/household';

/** The kinds of debt a person can start from; the id is stored as the debt's `kind`. */
export const presetIds = [
  'huabei',
  'jiebei',
  'weilidai',
  'meituan',
  'baitiao',
  'creditCard',
  'bankLoan',
  'privateLoan',
  'other',
] as const;
export type PresetId = (typeof presetIds)[number];

/** The contract terms a preset fills in: typical values only, every one editable. */
export type PresetTerms = Pick<
  DebtInput,
  | 'interestRate'
  | 'penaltyRate'
  | 'accrual'
  | 'penaltyBase'
  | 'compound'
  | 'minimumPayment'
  | 'lateFee'
>;

/**
 * Typical terms per product (docs DOMAIN.md, "Typical product terms"). None is a legal fact:
 * the form marks them "typical — check your contract". Rates are the model's fractions.
 */
const terms: Record<PresetId, PresetTerms> = {
  // A monthly bill: 最低还款 about 10 % of it, interest about 0.05 %/day on what is carried;
  // penalty 0.05 %/day on the overdue bill; no separate late fee.
  huabei: {
    interestRate: { daily: '0.0005' },
    minimumPayment: { kind: 'percentOfBalance', percent: '10' },
    penaltyRate: { daily: '0.0005' },
    accrual: 'daily',
    penaltyBase: 'principal',
    compound: false,
    lateFee: { kind: 'none' },
  },
  // Daily interest (0.02–0.05 %/day); penalty = rate × 1.5, compounded on unpaid interest.
  jiebei: {
    interestRate: { daily: '0.0004' },
    penaltyRate: { daily: '0.0006' },
    accrual: 'daily',
    penaltyBase: 'principalAndInterest',
    compound: true,
    lateFee: { kind: 'none' },
  },
  // Daily interest (0.02–0.05 %/day); penalty = daily rate × 1.5 on overdue principal.
  weilidai: {
    interestRate: { daily: '0.0004' },
    penaltyRate: { daily: '0.0006' },
    accrual: 'daily',
    penaltyBase: 'principal',
    compound: false,
    lateFee: { kind: 'none' },
  },
  // Bills like 花呗's: a 10 % 最低还款, about 0.05 %/day on what is carried and on the overdue
  // amount (sources differ: 0.03–0.07 %).
  meituan: {
    interestRate: { daily: '0.0005' },
    minimumPayment: { kind: 'percentOfBalance', percent: '10' },
    penaltyRate: { daily: '0.0005' },
    accrual: 'daily',
    penaltyBase: 'principal',
    compound: false,
    lateFee: { kind: 'none' },
  },
  baitiao: {
    interestRate: { daily: '0.0005' },
    minimumPayment: { kind: 'percentOfBalance', percent: '10' },
    penaltyRate: { daily: '0.0005' },
    accrual: 'daily',
    penaltyBase: 'principal',
    compound: false,
    lateFee: { kind: 'none' },
  },
  // 0.05 %/day on the whole statement, 复利; minimum = all interest and fees + 10 % of
  // principal; 违约金 5 % of the unpaid minimum, at least 10.
  creditCard: {
    interestRate: { daily: '0.0005' },
    penaltyRate: { daily: '0.0005' },
    accrual: 'daily',
    penaltyBase: 'principalAndInterest',
    compound: true,
    minimumPayment: { kind: 'interestPlusPercent', percent: '10' },
    lateFee: { kind: 'percentOfShortfall', percent: '5', min: '10.00' },
  },
  // A monthly-rate amortising loan: 0.5 %/month (6 %/year) with the usual overdue surcharge of
  // 50 % on the contract rate.
  bankLoan: {
    interestRate: { monthly: '0.005' },
    penaltyRate: { monthly: '0.0075' },
    accrual: 'monthly',
    penaltyBase: 'principal',
    compound: false,
    lateFee: { kind: 'none' },
  },
  // Monthly rate, 1 %/month = 12 %/year: the most courts protect at a 3.00 % LPR (4 × LPR).
  privateLoan: {
    interestRate: { monthly: '0.01' },
    accrual: 'monthly',
    penaltyBase: 'principal',
    compound: false,
    lateFee: { kind: 'none' },
  },
  other: {
    accrual: 'daily',
    penaltyBase: 'principal',
    compound: false,
    lateFee: { kind: 'none' },
  },
};

/**
 * Loans repaid in fixed installments (and debts with no typical terms): the form asks for the
 * installment due, 每期应还, and stores it as a fixed minimum payment (model §6), so a current
 * loan always has something due each month.
 */
export const installmentPresets: ReadonlySet<PresetId> = new Set<PresetId>([
  'jiebei',
  'weilidai',
  'bankLoan',
  'privateLoan',
  'other',
]);

export function isPresetId(kind: string | undefined): kind is PresetId {
  return (presetIds as readonly string[]).includes(kind ?? '');
}

/** A preset's typical terms, as a fresh copy the caller may change. */
export function presetTerms(id: PresetId): PresetTerms {
  return structuredClone(terms[id]);
}

/** One-year LPR used for the private-lending warning (DOMAIN.md: 3.00 % in 2025). */
export const LPR_ONE_YEAR_PERCENT = '3.00';
/** Courts do not protect private-lending interest above 4 × the one-year LPR (法释〔2020〕17号). */
export const PROTECTED_LPR_MULTIPLE = 4;
