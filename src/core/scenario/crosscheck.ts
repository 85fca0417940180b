/**
 * Rules that relate several fields. They read the raw input defensively (any field may be missing
 * or malformed, and then zod reports it) so that they can run even when the schema failed: the
 * user sees every problem in one go instead of fixing them one at a time.
 */
import { Dec, MONEY_PATTERN } from '../money';
import { parseDate, parseMonth } from '../calendar';
import { checkMoney } from './fields';
import { describeValue, makeIssue, type Issue, type IssuePath } from './issues';

type Raw = Record<string, unknown>;

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function validMoney(value: unknown): Dec | null {
  return typeof value === 'string' && MONEY_PATTERN.test(value) && checkMoney(value, false) === null
    ? new Dec(value)
    : null;
}

export function crossCheckBudgetItem(item: unknown, path: IssuePath): Issue[] {
  if (!isObject(item)) return [];
  const issues: Issue[] = [];
  const frequency = item.frequency ?? 'monthly';
  const at = (field: string): IssuePath => [...path, field];
  if (frequency === 'yearly') {
    if (item.month === undefined)
      issues.push(makeIssue(at('month'), 'item.month_required', { frequency }));
    else if (
      typeof item.month !== 'number' ||
      !Number.isInteger(item.month) ||
      item.month < 1 ||
      item.month > 12
    ) {
      issues.push(
        makeIssue(at('month'), 'integer.range', {
          got: describeValue(item.month),
          min: 1,
          max: 12,
        }),
      );
    }
  } else if (frequency === 'once') {
    if (item.month === undefined)
      issues.push(makeIssue(at('month'), 'item.month_required', { frequency }));
    else if (typeof item.month !== 'string' || parseMonth(item.month) === null) {
      issues.push(makeIssue(at('month'), 'month.invalid', { got: describeValue(item.month) }));
    }
    for (const field of ['startMonth', 'endMonth']) {
      if (item[field] !== undefined)
        issues.push(makeIssue(at(field), 'item.field_not_allowed', { frequency, field }));
    }
  } else if (frequency === 'monthly' && item.month !== undefined) {
    issues.push(makeIssue(at('month'), 'item.field_not_allowed', { frequency, field: 'month' }));
  }
  if (typeof item.startMonth === 'string' && typeof item.endMonth === 'string') {
    const start = parseMonth(item.startMonth);
    const end = parseMonth(item.endMonth);
    if (start !== null && end !== null && end < start) {
      issues.push(
        makeIssue(at('endMonth'), 'month.range', {
          startMonth: item.startMonth,
          got: describeValue(item.endMonth),
        }),
      );
    }
  }
  return issues;
}

export function crossCheckBudget(budget: unknown, path: IssuePath): Issue[] {
  if (!isObject(budget)) return [];
  const issues: Issue[] = [];
  for (const list of ['incomes', 'fixedCosts', 'obligations', 'extras']) {
    const items = budget[list];
    if (Array.isArray(items))
      items.forEach((item, i) => issues.push(...crossCheckBudgetItem(item, [...path, list, i])));
  }
  const reserve = budget.reserve;
  if (
    isObject(reserve) &&
    (reserve.percentOfIncome === undefined) === (reserve.amount === undefined)
  ) {
    issues.push(makeIssue([...path, 'reserve'], 'reserve.one_of'));
  }
  return issues;
}

export function crossCheckDebt(debt: unknown, path: IssuePath): Issue[] {
  if (!isObject(debt)) return [];
  const issues: Issue[] = [];
  if (debt.overdue !== undefined && debt.overduePrincipal !== undefined) {
    issues.push(makeIssue([...path, 'overduePrincipal'], 'overdue.conflict'));
  }
  const principal = validMoney(debt.principal);
  const overdue = validMoney(debt.overduePrincipal);
  if (principal !== null && overdue !== null && overdue.gt(principal)) {
    issues.push(
      makeIssue([...path, 'overduePrincipal'], 'overdue.exceeds_principal', {
        principal: String(debt.principal),
        got: describeValue(debt.overduePrincipal),
      }),
    );
  }
  if (Array.isArray(debt.rateChanges)) {
    debt.rateChanges.forEach((change: unknown, j) => {
      if (isObject(change) && change.interestRate === undefined && change.penaltyRate === undefined)
        issues.push(makeIssue([...path, 'rateChanges', j], 'rateChange.no_rate'));
    });
  }
  const lateFee = debt.lateFee;
  if (isObject(lateFee) && lateFee.kind === 'percentOfShortfall') {
    const min = validMoney(lateFee.min);
    const max = validMoney(lateFee.max);
    if (min !== null && max !== null && max.lt(min)) {
      issues.push(
        makeIssue([...path, 'lateFee', 'max'], 'lateFee.min_above_max', {
          min: String(lateFee.min),
          got: describeValue(lateFee.max),
        }),
      );
    }
  }
  return issues;
}

/** §14: payments are recorded once made: dated in [startDate, asOf), on a debt of the plan. */
function crossCheckActuals(
  actuals: unknown,
  startDate: unknown,
  ids: ReadonlySet<string>,
): Issue[] {
  if (!isObject(actuals)) return [];
  const issues: Issue[] = [];
  const start = typeof startDate === 'string' && parseDate(startDate) !== null ? startDate : null;
  const asOf =
    typeof actuals.asOf === 'string' && parseDate(actuals.asOf) !== null ? actuals.asOf : null;
  // ISO dates compare as text.
  if (start !== null && asOf !== null && asOf < start) {
    issues.push(
      makeIssue(['actuals', 'asOf'], 'actuals.asOf_before_start', {
        startDate: start,
        got: describeValue(asOf),
      }),
    );
  }
  if (!Array.isArray(actuals.payments)) return issues;
  actuals.payments.forEach((payment: unknown, i) => {
    if (!isObject(payment)) return;
    const at = (field: string): IssuePath => ['actuals', 'payments', i, field];
    const date = payment.date;
    if (
      typeof date === 'string' &&
      parseDate(date) !== null &&
      ((start !== null && date < start) || (asOf !== null && date >= asOf))
    ) {
      issues.push(
        makeIssue(at('date'), 'actuals.date_range', {
          startDate: start ?? '',
          asOf: asOf ?? '',
          got: describeValue(date),
        }),
      );
    }
    if (
      typeof payment.debtId === 'string' &&
      payment.debtId.trim() !== '' &&
      !ids.has(payment.debtId)
    )
      issues.push(makeIssue(at('debtId'), 'actuals.unknown_debt', { id: payment.debtId }));
  });
  return issues;
}

export function crossCheckScenario(input: unknown): Issue[] {
  if (!isObject(input)) return [];
  const issues: Issue[] = [];
  issues.push(...crossCheckBudget(input.budget, ['budget']));
  const ids = new Map<string, number>();
  if (Array.isArray(input.debts)) {
    if (input.debts.length === 0) issues.push(makeIssue(['debts'], 'debts.empty'));
    input.debts.forEach((debt: unknown, i) => {
      issues.push(...crossCheckDebt(debt, ['debts', i]));
      if (!isObject(debt) || typeof debt.id !== 'string' || debt.id.trim() === '') return;
      const first = ids.get(debt.id);
      if (first === undefined) ids.set(debt.id, i);
      else
        issues.push(
          makeIssue(['debts', i, 'id'], 'id.duplicate', { id: debt.id, firstIndex: first }),
        );
    });
  }
  if (Array.isArray(input.customOrder) && Array.isArray(input.debts)) {
    const seen = new Set<string>();
    input.customOrder.forEach((id: unknown, j) => {
      if (typeof id !== 'string') return;
      if (!ids.has(id))
        issues.push(makeIssue(['customOrder', j], 'customOrder.unknown_id', { id }));
      else if (seen.has(id))
        issues.push(makeIssue(['customOrder', j], 'customOrder.duplicate', { id }));
      seen.add(id);
    });
  }
  issues.push(...crossCheckActuals(input.actuals, input.startDate, new Set(ids.keys())));
  return issues;
}
