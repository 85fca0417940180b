import type { TFunction } from 'i18next';
import { validateDebt } from '../../core';
import type { Issue } from '../../core/scenario/issues';
import type { AgreementInput, DebtRow } from '../db/AppDB';
import { issuesByField } from '../validation/issueText';
import { type DebtForm, debtFromForm } from './debtForm';

export interface CheckedForm {
  debt: Omit<DebtRow, 'order'>;
  agreements: AgreementInput[];
  /** Sentences per field key (`principal`, `interestRate.daily`, `agreements[0].date`). */
  errors: Map<string, string[]>;
}

/** An installment's months typed as something other than a number: say "whole number". */
function plainer(issue: Issue): Issue {
  const last = issue.path[issue.path.length - 1];
  return last === 'months' && issue.code === 'type.invalid'
    ? { ...issue, code: 'integer.invalid', params: {} }
    : issue;
}

/** The form checked by the engine's own schema, so the form and a file obey the same rules. */
export function checkDebtForm(form: DebtForm, t: TFunction): CheckedForm {
  const { debt, agreements } = debtFromForm(form);
  const result = validateDebt({ ...debt, agreements });
  const errors = result.ok ? new Map() : issuesByField(result.issues.map(plainer), [], t);
  return { debt, agreements, errors };
}

/** The messages for a field and everything inside it (`interestRate` takes `interestRate.daily`). */
export function errorsAt(errors: Map<string, string[]>, key: string): string[] | undefined {
  const found = [...errors]
    .filter(([path]) => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`))
    .flatMap(([, sentences]) => sentences);
  return found.length > 0 ? found : undefined;
}
