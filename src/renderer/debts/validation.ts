import type { TFunction } from 'i18next';
import { dateSchema, validateDebt } from '../../core';
import type { Issue } from '../../core/scenario/issues';
import type { AgreementInput, DebtRow } from '../db/AppDB';
import { issuesByField } from '../validation/issueText';
import { type DebtForm, debtFromForm, dueDayOf } from './debtForm';

export interface CheckedForm {
  debt: Omit<DebtRow, 'order'>;
  agreements: AgreementInput[];
  /** Sentences per field key (`principal`, `interestRate.daily`, `agreements[0].date`). */
  errors: Map<string, string[]>;
}

/** The value at an issue's path in the checked input. */
function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let value = input;
  for (const part of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/**
 * Plainer words for what a form produces: a field left empty is "required" (not "not an
 * amount"), and months that are not a number need "a whole number".
 */
function plainer(input: unknown, form: DebtForm): (issue: Issue) => Issue {
  return (issue) => {
    const value = valueAt(input, issue.path);
    const typed = valueAt(form, issue.path);
    if (value === '' || (typeof typed === 'string' && typed.trim() === '')) {
      return { ...issue, code: 'required', params: {} };
    }
    if (issue.path.at(-1) === 'months' && issue.code === 'type.invalid')
      return { ...issue, code: 'integer.invalid', params: {} };
    return issue;
  };
}

/**
 * The app's own overdue date: a real date, not after the day the balances are as of (then the
 * debt was not yet overdue). Empty is fine: a person may not remember it.
 */
function overdueSinceErrors(
  since: string | undefined,
  start: BalancesDate | undefined,
  t: TFunction,
): string[] | undefined {
  if (since === undefined) return undefined;
  if (!dateSchema.safeParse(since).success) return [t('issues.date.invalid')];
  if (start !== undefined && since > start.iso)
    return [t('debts.form.overdueSinceLater', { date: start.shown })];
  return undefined;
}

/** The day the balances are as of: the model's text, and as the person reads it. */
export interface BalancesDate {
  iso: string;
  shown: string;
}

/** The form checked by the engine's own schema, so the form and a file obey the same rules. */
export function checkDebtForm(form: DebtForm, t: TFunction, start?: BalancesDate): CheckedForm {
  const { debt, agreements } = debtFromForm(form);
  // overdueSince and dueDay are the app's own notes, not part of the model the schema checks.
  const model = { ...debt };
  delete model.overdueSince;
  delete model.dueDay;
  const input = { ...model, agreements };
  const result = validateDebt(input);
  const errors: Map<string, string[]> = result.ok
    ? new Map()
    : issuesByField(result.issues.map(plainer(input, form)), [], t);
  const since = overdueSinceErrors(debt.overdueSince, start, t);
  if (since) errors.set('overdueSince', since);
  if (form.dueDay.trim() !== '' && dueDayOf(form.dueDay) === undefined)
    errors.set('dueDay', [t('debts.form.dueDayInvalid')]);
  return { debt, agreements, errors };
}

/** The messages for a field and everything inside it (`interestRate` takes `interestRate.daily`). */
export function errorsAt(errors: Map<string, string[]>, key: string): string[] | undefined {
  const found = [...errors]
    .filter(([path]) => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`))
    .flatMap(([, sentences]) => sentences);
  return found.length > 0 ? found : undefined;
}
