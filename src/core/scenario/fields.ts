import { DECIMAL_PATTERN, Dec, MONEY_LIMIT, MONEY_PATTERN } from '../money';
import { parseDate, parseMonth } from '../calendar';
import type { IssueCode, IssueParams } from './issues';
import { describeValue } from './issues';

/** One field's verdict on a well-typed value: null when fine. */
export type FieldProblem = { code: IssueCode; params: IssueParams } | null;

export const MAX_ANNUAL_RATE = new Dec(10);

export function checkMoney(value: string, positive: boolean): FieldProblem {
  const params = {
    got: describeValue(value),
    requirement: positive ? 'positive' : 'nonNegative',
  };
  if (/^-\d/.test(value)) return { code: 'money.negative', params };
  if (/^\d+\.\d{3,}$/.test(value)) return { code: 'money.decimals', params };
  if (!MONEY_PATTERN.test(value)) return { code: 'money.format', params };
  const amount = new Dec(value);
  if (amount.gte(MONEY_LIMIT)) {
    return { code: 'money.too_large', params: { ...params, max: '1000000000000' } };
  }
  if (positive && amount.isZero()) return { code: 'money.not_positive', params };
  return null;
}

export function checkMoneyOrAll(value: string): FieldProblem {
  if (value === 'all') return null;
  const problem = checkMoney(value, false);
  return problem === null ? null : { code: 'money_or_all.format', params: problem.params };
}

/** A rate value: a plain decimal fraction. "0.05%" or "5 %" are the classic slips. */
export function checkRateValue(value: string): FieldProblem {
  if (!DECIMAL_PATTERN.test(value) || value.length > 30) {
    return { code: 'rate.format', params: { got: describeValue(value) } };
  }
  return null;
}

export function checkAnnualEquivalent(annual: Dec): FieldProblem {
  if (annual.gt(MAX_ANNUAL_RATE)) {
    return {
      code: 'rate.too_high',
      params: { annual: annual.toSignificantDigits(6).toString(), maxAnnual: 10, maxPercent: 1000 },
    };
  }
  return null;
}

export function checkPercent(value: string): FieldProblem {
  if (!DECIMAL_PATTERN.test(value) || value.length > 20) {
    return { code: 'percent.format', params: { got: describeValue(value) } };
  }
  if (new Dec(value).gt(100))
    return { code: 'percent.range', params: { got: describeValue(value), max: 100 } };
  return null;
}

export function checkDate(value: string): FieldProblem {
  return parseDate(value) === null
    ? { code: 'date.invalid', params: { got: describeValue(value) } }
    : null;
}

export function checkMonth(value: string): FieldProblem {
  return parseMonth(value) === null
    ? { code: 'month.invalid', params: { got: describeValue(value) } }
    : null;
}

export function checkInteger(value: number, min: number, max: number): FieldProblem {
  if (!Number.isInteger(value) || value < min || value > max) {
    return { code: 'integer.range', params: { got: describeValue(value), min, max } };
  }
  return null;
}

export function checkText(value: string, max: number, allowEmpty: boolean): FieldProblem {
  if (!allowEmpty && value.trim() === '') return { code: 'text.empty', params: {} };
  if (value.length > max) return { code: 'text.too_long', params: { max } };
  return null;
}
