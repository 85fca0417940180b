import type { z } from 'zod';
import {
  agreementSchema,
  budgetItemSchema,
  debtSchema,
  ISSUE_CODE_PARAM,
  moneySchema,
  positiveMoneySchema,
  rateSchema,
  scenarioSchema,
} from './schema';
import { crossCheckBudgetItem, crossCheckDebt, crossCheckScenario } from './crosscheck';
import {
  describeValue,
  jsonType,
  makeIssue,
  type Issue,
  type IssueCode,
  type IssueParams,
  type IssuePath,
} from './issues';
import type { Agreement, BudgetItem, Debt, RateSpec, Scenario } from './types';

export type Validation<T> = { ok: true; value: T; issues: [] } | { ok: false; issues: Issue[] };
export type ScenarioValidation = { ok: true; scenario: Scenario } | { ok: false; issues: Issue[] };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** zod's issues, in the project's stable codes; one `unknown_field` per unknown key. */
function fromZod(issue: z.core.$ZodIssue, input: unknown, base: IssuePath): Issue[] {
  const zodPath = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  const path = [...base, ...zodPath];
  const raw = valueAt(input, zodPath);
  const one = (code: IssueCode, params: IssueParams = {}) => [makeIssue(path, code, params)];
  switch (issue.code) {
    case 'custom': {
      const { [ISSUE_CODE_PARAM]: code, ...params } = (issue.params ?? {}) as Record<
        string,
        string | number
      >;
      return one((code ?? 'invalid') as IssueCode, params);
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => makeIssue([...path, key], 'unknown_field', { field: key }));
    case 'invalid_type':
      if (raw === undefined) return one('required');
      return one('type.invalid', {
        expected: issue.expected,
        received: jsonType(raw),
      });
    case 'invalid_union':
      if (raw === undefined) return one('required');
      {
        // zod puts the discriminator's options on the issue without typing them.
        const options = (issue as { options?: unknown }).options;
        if ('discriminator' in issue && Array.isArray(options)) {
          return one('kind.unknown', {
            allowed: options.map(String).join(' | '),
            got: describeValue(raw),
          });
        }
      }
      return one('invalid', { detail: issue.message, got: describeValue(raw) });
    case 'invalid_value':
      if (zodPath[zodPath.length - 1] === 'version') {
        return one('version.unsupported', { supported: 1, got: describeValue(raw) });
      }
      return one('value.invalid', {
        allowed: issue.values.map((v) => JSON.stringify(v)).join(' | '),
        got: describeValue(raw),
      });
    case 'too_big':
      if (issue.origin === 'array' && Array.isArray(raw))
        return one('list.too_long', { max: Number(issue.maximum), count: raw.length });
      return one('invalid', { detail: issue.message });
    default:
      return one('invalid', { detail: issue.message });
  }
}

function collect<T>(
  schema: z.ZodType<T>,
  input: unknown,
  base: IssuePath,
  extra: Issue[],
): Validation<T> {
  const result = schema.safeParse(input);
  const issues = result.success ? [] : result.error.issues.flatMap((i) => fromZod(i, input, base));
  const seen = new Set(issues.map((i) => `${i.pathText}|${i.code}`));
  for (const issue of extra) if (!seen.has(`${issue.pathText}|${issue.code}`)) issues.push(issue);
  if (issues.length > 0 || !result.success) return { ok: false, issues };
  return { ok: true, value: result.data, issues: [] };
}

/** Validates a whole scenario (model §11). Invalid input is rejected as a whole, never half-used. */
export function validateScenario(input: unknown): ScenarioValidation {
  const result = collect(scenarioSchema, input, [], crossCheckScenario(input));
  return result.ok ? { ok: true, scenario: result.value } : { ok: false, issues: result.issues };
}

/** Reads scenario text; text that is not JSON at all is reported as such, with the parser's reason. */
export function parseScenarioJson(text: string): ScenarioValidation {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [makeIssue([], 'json.invalid', { detail })] };
  }
  return validateScenario(input);
}

// Single-record validators for forms: `path` is where the record sits in the scenario, so the
// issues point at the same places as a whole-scenario validation would.
export function validateDebt(input: unknown, path: IssuePath = []): Validation<Debt> {
  return collect(debtSchema, input, path, crossCheckDebt(input, path));
}

export function validateBudgetItem(input: unknown, path: IssuePath = []): Validation<BudgetItem> {
  return collect(budgetItemSchema, input, path, crossCheckBudgetItem(input, path));
}

export function validateAgreement(input: unknown, path: IssuePath = []): Validation<Agreement> {
  return collect(agreementSchema, input, path, []);
}

export function validateRate(input: unknown, path: IssuePath = []): Validation<RateSpec> {
  return collect(rateSchema, input, path, []);
}

export function validateMoney(
  input: unknown,
  path: IssuePath = [],
  options: { positive?: boolean } = {},
): Validation<string> {
  return collect(options.positive ? positiveMoneySchema : moneySchema, input, path, []);
}
