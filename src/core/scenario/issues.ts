/**
 * Validation problems as data. `code` and `params` are a stable contract: the app translates them
 * into Chinese next to each form field, so a code is never renamed and its params always carry
 * what a translated sentence needs. `message` is the plain English sentence for the CLI and logs.
 */

export type IssuePath = (string | number)[];
export type IssueParams = Record<string, string | number>;

export interface Issue {
  path: IssuePath;
  /** The path as people read it: `debts[1].principal`. */
  pathText: string;
  code: IssueCode;
  params: IssueParams;
  message: string;
}

/**
 * Stable issue codes and their params (all values are strings or numbers). `got` is always the
 * offending value as written in JSON (a string keeps its quotes: `"-5"`).
 *
 * - json.invalid {detail}: the text is not JSON at all; detail is the parser's reason.
 * - required {}: a required field is missing.
 * - type.invalid {expected, received}: JSON types ('string' | 'number' | 'boolean' | 'object' |
 *   'array' | 'null'; expected may also be 'int').
 * - unknown_field {field}: the path ends with the unknown key.
 * - value.invalid {allowed, got}: allowed is the choices joined by " | ".
 * - kind.unknown {allowed, got}: an unknown `kind` of rule or agreement.
 * - money.format | money.negative | money.decimals | money.not_positive {got, requirement}:
 *   requirement is 'positive' or 'nonNegative'. money.too_large {got, requirement, max}.
 * - money_or_all.format {got, requirement}.
 * - rate.format {got}; rate.one_unit {count}; rate.too_high {annual, maxAnnual, maxPercent}.
 * - percent.format {got}; percent.range {got, max}.
 * - date.invalid {got}; month.invalid {got}; month.range {startMonth, got}.
 * - integer.invalid {got} (a form's whole-number field holding something else); integer.range {got, min, max}.
 * - text.empty {}; text.too_long {max}; currency.format {got}; version.unsupported {got, supported}.
 * - debts.empty {}; id.duplicate {id, firstIndex}; customOrder.unknown_id {id};
 *   customOrder.duplicate {id}.
 * - overdue.exceeds_principal {principal, got}; overdue.conflict {}; reserve.one_of {}.
 * - item.month_required {frequency}; item.field_not_allowed {frequency, field}.
 * - lateFee.min_above_max {min, got}.
 * - list.too_long {max, count}: a list with more entries than any household needs.
 * - chargeCap.zero {got}; rateChange.no_rate {}.
 * - actuals.asOf_before_start {startDate, got}; actuals.date_range {startDate, asOf, got};
 *   actuals.unknown_debt {id}.
 * - invalid {detail}: a fallback that should not occur with the current schema.
 */
export type IssueCode =
  | 'json.invalid'
  | 'required'
  | 'type.invalid'
  | 'unknown_field'
  | 'value.invalid'
  | 'kind.unknown'
  | 'money.format'
  | 'money.negative'
  | 'money.decimals'
  | 'money.not_positive'
  | 'money.too_large'
  | 'money_or_all.format'
  | 'rate.format'
  | 'rate.one_unit'
  | 'rate.too_high'
  | 'percent.format'
  | 'percent.range'
  | 'date.invalid'
  | 'month.invalid'
  | 'month.range'
  | 'integer.invalid'
  | 'integer.range'
  | 'text.empty'
  | 'text.too_long'
  | 'currency.format'
  | 'version.unsupported'
  | 'debts.empty'
  | 'id.duplicate'
  | 'customOrder.unknown_id'
  | 'customOrder.duplicate'
  | 'overdue.exceeds_principal'
  | 'overdue.conflict'
  | 'reserve.one_of'
  | 'item.month_required'
  | 'item.field_not_allowed'
  | 'lateFee.min_above_max'
  | 'list.too_long'
  | 'chargeCap.zero'
  | 'rateChange.no_rate'
  | 'actuals.asOf_before_start'
  | 'actuals.date_range'
  | 'actuals.unknown_debt'
  | 'invalid';

export function pathToText(path: readonly (string | number)[]): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? part : `.${part}`;
  }
  return text;
}

const p = (params: IssueParams, key: string): string => String(params[key] ?? '');
const got = (params: IssueParams): string =>
  params.got === undefined ? '' : `, got ${p(params, 'got')}`;

const moneySentence = (x: IssueParams) =>
  `must be ${x.requirement === 'positive' ? 'a positive' : 'a non-negative'} amount with at most two decimals${got(x)}`;

const TYPE_WORDS: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

const sentences: Record<IssueCode, (params: IssueParams) => string> = {
  'json.invalid': (x) => `not valid JSON: ${p(x, 'detail')}`,
  required: () => 'is required',
  'type.invalid': (x) =>
    `must be ${TYPE_WORDS[p(x, 'expected')] ?? p(x, 'expected')}, got ${TYPE_WORDS[p(x, 'received')] ?? p(x, 'received')}`,
  unknown_field: (x) =>
    `unknown field "${p(x, 'field')}" (a misspelt field must not silently change a plan)`,
  'value.invalid': (x) => `must be one of ${p(x, 'allowed')}${got(x)}`,
  'kind.unknown': (x) => `"kind" must be one of ${p(x, 'allowed')}${got(x)}`,
  'money.format': moneySentence,
  'money.negative': moneySentence,
  'money.decimals': moneySentence,
  'money.not_positive': moneySentence,
  'money.too_large': (x) => `must be less than ${p(x, 'max')}${got(x)}`,
  'money_or_all.format': (x) => `must be an amount with at most two decimals or "all"${got(x)}`,
  'rate.format': (x) =>
    `must be a rate written as a decimal fraction such as "0.0005" (0.05 %), not a percentage${got(x)}`,
  'rate.one_unit': (x) =>
    `must give exactly one of "daily", "monthly" or "annual", got ${p(x, 'count')}`,
  'rate.too_high': (x) =>
    `is above ${p(x, 'maxAnnual')} a year (${p(x, 'maxPercent')} %) once converted to an annual rate (${p(x, 'annual')})`,
  'percent.format': (x) => `must be a percentage written as a plain number such as "10"${got(x)}`,
  'percent.range': (x) => `must be between 0 and ${p(x, 'max')}${got(x)}`,
  'date.invalid': (x) => `must be a real calendar date written YYYY-MM-DD${got(x)}`,
  'month.invalid': (x) => `must be a real month written YYYY-MM${got(x)}`,
  'month.range': (x) => `must not be before startMonth (${p(x, 'startMonth')})${got(x)}`,
  'integer.invalid': (x) => `must be a whole number${got(x)}`,
  'integer.range': (x) => `must be a whole number from ${p(x, 'min')} to ${p(x, 'max')}${got(x)}`,
  'text.empty': () => 'must not be empty',
  'text.too_long': (x) => `must be at most ${p(x, 'max')} characters long`,
  'currency.format': (x) => `must be a three-letter ISO 4217 currency code such as "CNY"${got(x)}`,
  'version.unsupported': (x) =>
    `must be ${p(x, 'supported')} (the only scenario version this app reads)${got(x)}`,
  'debts.empty': () => 'must list at least one debt',
  'id.duplicate': (x) =>
    `"${p(x, 'id')}" is already the id of debts[${p(x, 'firstIndex')}]; debt ids must be unique`,
  'customOrder.unknown_id': (x) => `names "${p(x, 'id')}", which is not the id of any debt`,
  'customOrder.duplicate': (x) => `names "${p(x, 'id')}" more than once`,
  'overdue.exceeds_principal': (x) =>
    `must not be more than the principal (${p(x, 'principal')})${got(x)}`,
  'overdue.conflict': () => 'give either "overdue" or "overduePrincipal", not both',
  'reserve.one_of': () => 'must give exactly one of "percentOfIncome" or "amount"',
  'item.month_required': (x) =>
    x.frequency === 'yearly'
      ? 'is required for a yearly item: the month of the year, 1 to 12'
      : 'is required for a one-off item: the month it happens, YYYY-MM',
  'item.field_not_allowed': (x) => `is not used by a ${p(x, 'frequency')} item; remove it`,
  'lateFee.min_above_max': (x) => `must not be less than min (${p(x, 'min')})${got(x)}`,
  'list.too_long': (x) =>
    `must list at most ${p(x, 'max')} entries, got ${p(x, 'count')} (more than any household needs)`,
  'chargeCap.zero': (x) =>
    `must be above 0: a cap of 0 would charge nothing at all; leave chargeCap out for no cap${got(x)}`,
  'rateChange.no_rate': () => 'must name "interestRate", "penaltyRate" or both',
  'actuals.asOf_before_start': (x) =>
    `must not be before the plan's startDate (${p(x, 'startDate')})${got(x)}`,
  'actuals.date_range': (x) =>
    `must be on or after the plan's startDate (${p(x, 'startDate')}) and before asOf (${p(x, 'asOf')}): a payment is recorded only once it is made${got(x)}`,
  'actuals.unknown_debt': (x) => `names "${p(x, 'id')}", which is not the id of any debt`,
  invalid: (x) => `is not valid: ${p(x, 'detail')}`,
};

export function makeIssue(path: IssuePath, code: IssueCode, params: IssueParams = {}): Issue {
  const pathText = pathToText(path);
  const sentence = sentences[code](params);
  return {
    path,
    pathText,
    code,
    params,
    message: pathText === '' ? sentence : `${pathText}: ${sentence}`,
  };
}

/** How a value is shown inside a message: strings quoted, as in `got "-5"`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'nothing';
  try {
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  } catch {
    return String(value);
  }
}

/** The JSON type of a value: 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null'. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
