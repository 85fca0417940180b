import type { TFunction } from 'i18next';
import type { Issue } from '../../core/scenario/issues';

/** One issue as a sentence in the user's language. */
export function issueText(issue: Issue, t: TFunction): string {
  return t(`issues.${issue.code}`, { ...issue.params });
}

/**
 * The issues of a form, per field: the key is the issue's path relative to the record being
 * edited (`principal`, `interestRate`, `agreements[0].date`), the value its sentences.
 */
export function issuesByField(
  issues: readonly Issue[],
  base: readonly (string | number)[],
  t: TFunction,
): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const issue of issues) {
    const relative = issue.path.slice(base.length);
    const key = relative
      .map((part, index) =>
        typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`,
      )
      .join('');
    byField.set(key, [...(byField.get(key) ?? []), issueText(issue, t)]);
  }
  return byField;
}
