import { useLiveQuery } from 'dexie-react-hooks';
import {
  type AgreementRow,
  type AppDB,
  type BudgetItemRow,
  type DebtRow,
  type HouseholdRow,
  type PaymentRow,
  db as defaultDb,
} from './AppDB';
import { todayIso } from '../format/dates';

// Reading the household to plan it, apart from the writes and their validation (core's schemas):
// start-up reads it before the rest of the app is evaluated (boot.ts), so this module and its
// imports stay small.

/** Everything the household has entered, as read in one transaction. */
export interface HouseholdData {
  household: HouseholdRow;
  incomes: BudgetItemRow[];
  fixedCosts: BudgetItemRow[];
  obligations: BudgetItemRow[];
  extras: BudgetItemRow[];
  debts: DebtRow[];
  agreements: AgreementRow[];
  /** Payments made, oldest first. */
  payments: PaymentRow[];
}

const byOrder = <T extends { order: number }>(rows: T[]): T[] =>
  [...rows].sort((a, b) => a.order - b.order);

/** Payments by date; those of one day in the order they were recorded. */
export const inRecordedOrder = (rows: PaymentRow[]): PaymentRow[] =>
  [...rows].sort((a, b) => (a.date === b.date ? a.order - b.order : a.date < b.date ? -1 : 1));

/** The tables a plan is made from. */
export function planTables(database: AppDB) {
  return [
    database.household,
    database.incomes,
    database.fixedCosts,
    database.obligations,
    database.extras,
    database.debts,
    database.agreements,
    database.payments,
  ];
}

/** A household with nothing entered yet starts today. */
export function emptyHousehold(today: string = todayIso()): HouseholdRow {
  return { id: 'household', startDate: today };
}

export async function readHousehold(database: AppDB = defaultDb): Promise<HouseholdData> {
  return database.transaction('r', planTables(database), async () => {
    const [household, incomes, fixedCosts, obligations, extras, debts, agreements, payments] =
      await Promise.all([
        database.household.get('household'),
        database.incomes.toArray(),
        database.fixedCosts.toArray(),
        database.obligations.toArray(),
        database.extras.toArray(),
        database.debts.toArray(),
        database.agreements.toArray(),
        database.payments.toArray(),
      ]);
    return {
      household: household ?? emptyHousehold(),
      incomes: byOrder(incomes),
      fixedCosts: byOrder(fixedCosts),
      obligations: byOrder(obligations),
      extras: byOrder(extras),
      debts: byOrder(debts),
      agreements: byOrder(agreements),
      payments: inRecordedOrder(payments),
    };
  });
}

/**
 * The household, live, read again whenever any of its tables changes: once per window, by
 * PlanProvider, whose views take it from there (usePlan, useHouseholdData). `first`
 * is the household as read at start-up, shown until the live query's own first answer. `onRead`
 * sees each household as soon as it is read, before React renders with it (the plan is asked
 * for then): keep it stable, since a new one starts the live query over.
 */
export function useHousehold(
  database: AppDB = defaultDb,
  first?: HouseholdData,
  onRead?: (household: HouseholdData) => void,
): HouseholdData | undefined {
  return useLiveQuery(
    async () => {
      const household = await readHousehold(database);
      onRead?.(household);
      return household;
    },
    [database, onRead],
    first,
  );
}
