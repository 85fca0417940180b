import type { PlanVariantRow } from '../db/AppDB';
import { asIsEntry, entryOf } from './PlanComparison';
import { MAX_COMPARED, type PlanEntry } from './usePlanComparison';

/**
 * What the document's 方案 comparison holds: the chosen 方案 first, things as they are, then
 * the other 方案 in the person's order, at most MAX_COMPARED 方案 in all. Null when there is
 * nothing to include (none chosen, or the chosen one is gone).
 */
export function printEntries(
  rows: readonly PlanVariantRow[] | undefined,
  firstId: string | null,
  asIsName: string,
): PlanEntry[] | null {
  const first = rows?.find((row) => row.id === firstId);
  if (!rows || !first) return null;
  const others = rows.filter((row) => row.id !== first.id).slice(0, MAX_COMPARED - 1);
  return [entryOf(first), asIsEntry(asIsName), ...others.map(entryOf)];
}
