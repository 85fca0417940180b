import type { NamedPlanVariant, ScenarioInput } from '../../core/scenario/types';
import { todayIso } from '../format/dates';
import type { BudgetItemRow, HouseholdRow, PaymentRow, PlanVariantRow } from './AppDB';
import type { HouseholdData } from './householdRead';

// The stored household and a scenario of model §11, both ways: what the engine, export files
// and imports read and write. Pure conversions; the reads and writes are in household.ts.

export function newId(): string {
  return crypto.randomUUID();
}

const stripItem = ({ id: _id, order: _order, ...item }: BudgetItemRow) => item;

/**
 * The plan as lived (model §14): the payments made from the plan's start until today, as of
 * today. Absent while no payment is recorded — a household that does not log its payments is
 * planned as a projection, not as one that paid nothing — and before the plan starts.
 */
function actualsAsOf(data: HouseholdData, today: string): ScenarioInput['actuals'] {
  if (data.payments.length === 0 || today < data.household.startDate) return undefined;
  const payments = data.payments
    .filter((payment) => payment.date >= data.household.startDate && payment.date < today)
    .map(({ date, debtId, amount }) => ({ date, debtId, amount }));
  return { asOf: today, payments };
}

/**
 * After a re-base the balances are the lenders' own figures of that day: an agreement dated
 * before it (a waiver granted, an installment ended or broken, a settlement tried) is already
 * in them, so it stays in the records but is not planned again in the first month (model §8
 * applies events dated before the start in period 0).
 */
function beforeRebase(agreement: { date: string }, household: HouseholdRow): boolean {
  return household.rebasedOn !== undefined && agreement.date < household.rebasedOn;
}

/**
 * How far ahead the app plans unless the person sets it in Settings: ten years. The model's own
 * default (50 years) compounds unpaid penalty into figures that mean nothing to a household.
 */
export const DEFAULT_HORIZON_MONTHS = 120;

/**
 * The stored household as a scenario of model §11: what the engine and export files read.
 * `today` is the as-of date of the payments made (one `todayIso()`, so a test's clock moves it).
 */
export function toScenarioInput(
  data: HouseholdData,
  currency: string,
  today: string = todayIso(),
): ScenarioInput {
  const { household } = data;
  const budget: NonNullable<ScenarioInput['budget']> = {
    incomes: data.incomes.map(stripItem),
    fixedCosts: data.fixedCosts.map(stripItem),
    obligations: data.obligations.map(stripItem),
    ...(data.extras.length > 0 ? { extras: data.extras.map(stripItem) } : {}),
    ...(household.reserve ? { reserve: household.reserve } : {}),
    ...(household.paymentLimit !== undefined ? { paymentLimit: household.paymentLimit } : {}),
  };
  const actuals = actualsAsOf(data, today);
  return {
    version: 1,
    startDate: household.startDate,
    currency,
    ...(household.strategy ? { strategy: household.strategy } : {}),
    ...(household.customOrder?.length ? { customOrder: household.customOrder } : {}),
    horizonMonths: household.horizonMonths ?? DEFAULT_HORIZON_MONTHS,
    budget,
    debts: data.debts.map(({ order: _order, overdueSince: _o, dueDay: _d, ...debt }) => {
      const agreements = data.agreements
        .filter((row) => row.debtId === debt.id && !beforeRebase(row.agreement, household))
        .map((row) => row.agreement);
      return agreements.length > 0 ? { ...debt, agreements } : debt;
    }),
    ...(household.chargeCap ? { chargeCap: household.chargeCap } : {}),
    ...(actuals ? { actuals } : {}),
  };
}

/** The rows a scenario becomes when imported: list order kept, ids kept for debts. */
export function rowsFromScenario(scenario: ScenarioInput): Omit<HouseholdData, 'household'> & {
  household: HouseholdRow;
} {
  const budget = scenario.budget ?? {};
  const items = (list: (typeof budget)['incomes']) =>
    (list ?? []).map((item, order) => ({ ...item, id: newId(), order }));
  return {
    household: {
      id: 'household',
      startDate: scenario.startDate,
      ...(budget.reserve ? { reserve: budget.reserve } : {}),
      ...(budget.paymentLimit !== undefined ? { paymentLimit: budget.paymentLimit } : {}),
      ...(scenario.strategy ? { strategy: scenario.strategy } : {}),
      ...(scenario.customOrder ? { customOrder: scenario.customOrder } : {}),
      ...(scenario.horizonMonths ? { horizonMonths: scenario.horizonMonths } : {}),
      ...(scenario.chargeCap ? { chargeCap: scenario.chargeCap } : {}),
    },
    incomes: items(budget.incomes),
    fixedCosts: items(budget.fixedCosts),
    obligations: items(budget.obligations),
    extras: items(budget.extras),
    debts: scenario.debts.map(({ agreements: _agreements, ...debt }, order) => ({
      ...debt,
      order,
    })),
    agreements: scenario.debts.flatMap((debt) =>
      (debt.agreements ?? []).map((agreement, order) => ({
        id: newId(),
        debtId: debt.id,
        order,
        agreement,
      })),
    ),
    payments: paymentRowsOf(scenario.actuals),
  };
}

/**
 * A scenario's payments as recorded payments: imported, or printed by the `pdf` command. They
 * carry no channel, note or receipt: recorded as "other", unexplained.
 */
export function paymentRowsOf(actuals: ScenarioInput['actuals']): PaymentRow[] {
  return (actuals?.payments ?? []).map(({ date, debtId, amount }, order) => ({
    id: newId(),
    debtId,
    date,
    amount,
    channel: 'other' as const,
    note: '',
    order,
  }));
}

/** What the household's plan is made from: nothing to plan until a debt is entered. */
export function householdScenario(
  household: HouseholdData | undefined,
  currency: string,
): ScenarioInput | null {
  return household && household.debts.length > 0 ? toScenarioInput(household, currency) : null;
}

/** The rows a file's 方案 become, in the file's order. */
export function planVariantRows(
  plans: readonly NamedPlanVariant[],
  now: Date = new Date(),
): PlanVariantRow[] {
  return plans.map(({ name, variant }, order) => ({
    id: newId(),
    name,
    order,
    createdAt: now.toISOString(),
    variant,
  }));
}

/** The 方案 as a scenario file carries them. */
export function namedPlanVariants(rows: readonly PlanVariantRow[]): NamedPlanVariant[] {
  return rows.map(({ name, variant }) => ({ name, variant }));
}
