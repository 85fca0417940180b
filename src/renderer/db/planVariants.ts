import { sameFields, sameTerms } from '../../core/agreementTerms';
import { budgetItemSchema, planVariantSchema } from '../../core/scenario/schema';
import type { PlanVariantInput } from '../../core/scenario/types';
import { type AppDB, type BudgetItemRow, type PlanVariantRow, db as defaultDb } from './AppDB';
import { newId } from './scenarioRows';
import { type Undo, changeWithUndo } from './undo';

// The 方案 (issue 14): saved, renamed, duplicated, deleted (with undo) and adopted here.

async function nextOrder(database: AppDB): Promise<number> {
  return ((await database.planVariants.orderBy('order').last())?.order ?? -1) + 1;
}

/** Saves a new 方案 at the end of the list; returns its id. */
export function savePlanVariant(
  name: string,
  variant: PlanVariantInput,
  database: AppDB = defaultDb,
  now: Date = new Date(),
): Promise<string> {
  return database.transaction('rw', database.planVariants, async () => {
    const id = newId();
    await database.planVariants.add({
      id,
      name,
      order: await nextOrder(database),
      createdAt: now.toISOString(),
      variant,
    });
    return id;
  });
}

/** Renames a 方案, or replaces its changes, or both at once (its place stays). */
export async function updatePlanVariant(
  id: string,
  patch: Partial<Pick<PlanVariantRow, 'name' | 'variant'>>,
  database: AppDB = defaultDb,
): Promise<void> {
  await database.planVariants.update(id, patch);
}

/** A copy at the end of the list, not adopted whatever the original was; returns its id. */
export function duplicatePlanVariant(
  id: string,
  name: string,
  database: AppDB = defaultDb,
  now: Date = new Date(),
): Promise<string | undefined> {
  return database.transaction('rw', database.planVariants, async () => {
    const row = await database.planVariants.get(id);
    if (!row) return undefined;
    return savePlanVariant(name, row.variant, database, now);
  });
}

export function deletePlanVariant(
  id: string,
  database: AppDB = defaultDb,
): Promise<Undo | undefined> {
  return changeWithUndo(['planVariants'], () => database.planVariants.delete(id), database);
}

/** A stored extra as the model reads it (defaults filled in), to compare with a 方案's. */
const asItem = ({ id: _id, order: _order, ...item }: BudgetItemRow) => budgetItemSchema.parse(item);

/**
 * Applies a 方案's changes to the household in one transaction, and returns how to undo it:
 * the strategy and payment limit, the extras, the agreements (as agreed: the one already
 * proposed with these terms, else a new one) and the rate changes — what `applyPlanVariant`
 * plans, so the household's plan becomes the 方案's. Whatever the household already has is
 * not added twice. A start delay is not applied: waiting is a comparison, not a change to
 * the household. The 方案 is marked adopted on `today`.
 */
export function adoptPlanVariant(
  id: string,
  today: string,
  database: AppDB = defaultDb,
): Promise<Undo | undefined> {
  const touched = ['household', 'extras', 'agreements', 'debts', 'planVariants'] as const;
  return changeWithUndo(
    touched,
    async () => {
      const row = await database.planVariants.get(id);
      if (!row) return;
      const variant = planVariantSchema.parse(row.variant);
      const household = await database.household.get('household');
      if (household) {
        await database.household.put({
          ...household,
          ...(variant.strategy ? { strategy: variant.strategy } : {}),
          ...(variant.paymentLimit !== undefined ? { paymentLimit: variant.paymentLimit } : {}),
        });
      }
      const extras = await database.extras.toArray();
      let order = Math.max(-1, ...extras.map((extra) => extra.order));
      for (const item of variant.extras ?? []) {
        if (extras.some((extra) => sameFields(asItem(extra), item))) continue;
        await database.extras.add({ ...item, id: newId(), order: ++order });
      }
      for (const { debtId, agreement } of variant.agreements ?? []) {
        if (!(await database.debts.get(debtId))) continue;
        const listed = await database.agreements.where('debtId').equals(debtId).toArray();
        const same = listed.find((other) => sameTerms(other.agreement, agreement));
        const agreed = { ...agreement, status: 'agreed' as const };
        if (same)
          await database.agreements.put({
            ...same,
            agreement: { ...same.agreement, status: 'agreed' },
          });
        else
          await database.agreements.add({
            id: newId(),
            debtId,
            order: Math.max(-1, ...listed.map((other) => other.order)) + 1,
            agreement: agreed,
          });
      }
      for (const { debtId, change } of variant.rateChanges ?? []) {
        const debt = await database.debts.get(debtId);
        if (!debt) continue;
        const changes = debt.rateChanges ?? [];
        if (changes.some((other) => sameFields(other, change))) continue;
        await database.debts.put({ ...debt, rateChanges: [...changes, change] });
      }
      await database.planVariants.put({ ...row, adoptedOn: today });
    },
    database,
  );
}
