import type { TFunction } from 'i18next';
import { validateDebt } from '../../core';
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

/** The form checked by the engine's own schema, so the form and a file obey the same rules. */
export function checkDebtForm(form: DebtForm, t: TFunction): CheckedForm {
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
