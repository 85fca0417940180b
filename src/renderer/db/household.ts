import type { ScenarioInput } from '../../core/scenario/types';
import {
  type AgreementInput,
  type AppDB,
  type BudgetItemRow,
  type BudgetTable,
  type DebtRow,
  type HouseholdRow,
  budgetTables,
  db as defaultDb,
} from './AppDB';
import { emptyHousehold, planTables } from './householdRead';
import { newId, planVariantRows, rowsFromScenario } from './scenarioRows';
import { type Undo, changeWithUndo } from './undo';

export type DebtInput = ScenarioInput['debts'][number];

/** Everything the household entered: what an import replaces (its 方案 with it). */
function householdTables(database: AppDB) {
  return [
    ...planTables(database),
    ...negotiationTables(database),
    ...checkInTables(database),
    database.planVariants,
  ];
}

/** The lenders' figures and the re-bases made from them (issue 13): not read to plan. */
function checkInTables(database: AppDB) {
  return [database.checkIns, database.rebases];
}

/** What belongs to a debt besides its agreements: the negotiation workspace's records. */
function negotiationTables(database: AppDB) {
  return [database.contacts, database.evidence, database.statements];
}

/** Replaces the whole household in one transaction: all of it is written, or none. */
export async function replaceHousehold(
  scenario: ScenarioInput,
  database: AppDB = defaultDb,
): Promise<void> {
  const rows = rowsFromScenario(scenario);
  await database.transaction('rw', [...householdTables(database), database.settings], async () => {
    await Promise.all(householdTables(database).map((table) => table.clear()));
    await database.household.put(rows.household);
    await database.incomes.bulkAdd(rows.incomes);
    await database.fixedCosts.bulkAdd(rows.fixedCosts);
    await database.obligations.bulkAdd(rows.obligations);
    await database.extras.bulkAdd(rows.extras);
    await database.debts.bulkAdd(rows.debts);
    await database.agreements.bulkAdd(rows.agreements);
    await database.payments.bulkAdd(rows.payments);
    await database.planVariants.bulkAdd(planVariantRows(scenario.plans ?? []));
    if (scenario.currency) {
      const settings = await database.settings.get('app');
      await database.settings.put({ ...settings, id: 'app', currency: scenario.currency });
    }
  });
}

export async function saveHousehold(
  patch: Partial<Omit<HouseholdRow, 'id'>>,
  database: AppDB = defaultDb,
): Promise<void> {
  await database.transaction('rw', database.household, async () => {
    const current = (await database.household.get('household')) ?? emptyHousehold();
    await database.household.put({ ...current, ...patch, id: 'household' });
  });
}

/** Adds (no id yet) or updates a budget item; a new item goes to the end of its list. */
export async function saveBudgetItem(
  table: BudgetTable,
  item: Omit<BudgetItemRow, 'id' | 'order'> & { id?: string },
  database: AppDB = defaultDb,
): Promise<string> {
  const store = database[table];
  return database.transaction('rw', store, async () => {
    const existing = item.id ? await store.get(item.id) : undefined;
    const order = existing?.order ?? ((await store.orderBy('order').last())?.order ?? -1) + 1;
    const id = existing?.id ?? newId();
    await store.put({ ...item, id, order });
    return id;
  });
}

/** Deletes a budget item; returns how to undo it. */
export function deleteBudgetItem(
  table: BudgetTable,
  id: string,
  database: AppDB = defaultDb,
): Promise<Undo | undefined> {
  return changeWithUndo([table], () => database[table].delete(id), database);
}

/**
 * Saves a debt and its agreements together: the agreements are replaced as a whole, in one
 * transaction with the debt, so a plan never sees a debt with half its agreements.
 */
export async function saveDebt(
  debt: Omit<DebtRow, 'order'>,
  agreements: readonly AgreementInput[],
  database: AppDB = defaultDb,
): Promise<void> {
  await database.transaction('rw', database.debts, database.agreements, async () => {
    const existing = await database.debts.get(debt.id);
    const order =
      existing?.order ?? ((await database.debts.orderBy('order').last())?.order ?? -1) + 1;
    await database.debts.put({ ...debt, order });
    await database.agreements.where('debtId').equals(debt.id).delete();
    await database.agreements.bulkAdd(
      agreements.map((agreement, index) => ({
        id: newId(),
        debtId: debt.id,
        order: index,
        agreement,
      })),
    );
  });
}

/** Deletes a debt with everything recorded about it; returns how to undo it, exactly. */
export function deleteDebt(id: string, database: AppDB = defaultDb): Promise<Undo | undefined> {
  const touched = [
    'debts',
    'agreements',
    'household',
    'contacts',
    'evidence',
    'statements',
    'payments',
    'checkIns',
  ] as const;
  return changeWithUndo(
    touched,
    async () => {
      await database.debts.delete(id);
      const records = [
        database.agreements,
        database.payments,
        database.checkIns,
        ...negotiationTables(database),
      ];
      for (const table of records) {
        await table.where('debtId').equals(id).delete();
      }
      const household = await database.household.get('household');
      if (household?.customOrder?.includes(id)) {
        await database.household.put({
          ...household,
          customOrder: household.customOrder.filter((other) => other !== id),
        });
      }
    },
    database,
  );
}

// The agreements table is written here only: with its debt (saveDebt), one proposal at a time
// from the negotiation workspace, or the total plan's set at once (below).
type AgreementStatus = NonNullable<AgreementInput['status']>;

/** Sets or clears (undefined) the day the debt fell overdue; the plan itself does not read it. */
export async function saveOverdueSince(
  debtId: string,
  overdueSince: string | undefined,
  database: AppDB = defaultDb,
): Promise<void> {
  await database.transaction('rw', database.debts, async () => {
    const debt = await database.debts.get(debtId);
    if (!debt) return;
    const next = { ...debt, overdueSince };
    if (!overdueSince) delete next.overdueSince;
    await database.debts.put(next);
  });
}

/** Puts an agreement at the end of the debt's list, inside the caller's transaction. */
async function appendAgreement(
  database: AppDB,
  debtId: string,
  agreement: AgreementInput,
): Promise<string> {
  const existing = await database.agreements.where('debtId').equals(debtId).toArray();
  const order = Math.max(-1, ...existing.map((row) => row.order)) + 1;
  const id = crypto.randomUUID();
  await database.agreements.add({ id, debtId, order, agreement });
  return id;
}

/** Adds an agreement at the end of the debt's list; returns its id. */
export async function addAgreement(
  debtId: string,
  agreement: AgreementInput,
  database: AppDB = defaultDb,
): Promise<string> {
  return database.transaction('rw', database.agreements, () =>
    appendAgreement(database, debtId, agreement),
  );
}

/**
 * Adds a whole set of agreements (the total plan's requests, one per debt) in one transaction:
 * all of them or none. Undoable as one change.
 */
export function addAgreements(
  requests: readonly { debtId: string; agreement: AgreementInput }[],
  database: AppDB = defaultDb,
): Promise<Undo | undefined> {
  return changeWithUndo(
    ['agreements'],
    async () => {
      for (const { debtId, agreement } of requests)
        await appendAgreement(database, debtId, agreement);
    },
    database,
  );
}

/** Only 'agreed' agreements change the plan (model §8): this is what commits one. */
export async function setAgreementStatus(
  id: string,
  status: AgreementStatus,
  database: AppDB = defaultDb,
): Promise<void> {
  await database.transaction('rw', database.agreements, async () => {
    const row = await database.agreements.get(id);
    if (row) await database.agreements.put({ ...row, agreement: { ...row.agreement, status } });
  });
}

export function deleteAgreement(
  id: string,
  database: AppDB = defaultDb,
): Promise<Undo | undefined> {
  return changeWithUndo(['agreements'], () => database.agreements.delete(id), database);
}

export { budgetTables };
