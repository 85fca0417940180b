import { useLiveQuery } from 'dexie-react-hooks';
import { type AppDB, type PlanVariantRow, db as defaultDb } from './AppDB';

// Apart from the 方案's writes (planVariants.ts) and their schemas: the overview's PDF button
// reads the list, and the overview's start does not load the validation with it.

/** The 方案 in the person's order. */
export function usePlanVariants(database: AppDB = defaultDb): PlanVariantRow[] | undefined {
  return useLiveQuery(() => database.planVariants.orderBy('order').toArray(), [database]);
}
