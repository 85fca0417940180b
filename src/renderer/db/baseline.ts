import { useLiveQuery } from 'dexie-react-hooks';
import type { ScenarioInput } from '../../core/scenario/types';
import { type AppDB, type BaselineRow, db as defaultDb } from './AppDB';

/**
 * Freezes this scenario as the plan to follow, replacing any earlier one (the page asks first).
 * Recorded payments are left out: the baseline is the plan as planned, not as lived.
 */
export async function saveBaseline(
  scenario: ScenarioInput,
  chosenOn: string,
  database: AppDB = defaultDb,
): Promise<void> {
  const { actuals: _actuals, ...planned } = scenario;
  await database.baseline.put({ id: 'baseline', chosenOn, scenario: planned });
}

export function readBaseline(database: AppDB = defaultDb): Promise<BaselineRow | undefined> {
  return database.baseline.get('baseline');
}

/** The baseline, live: undefined while loading, null when none was chosen. */
export function useBaseline(database: AppDB = defaultDb): BaselineRow | null | undefined {
  return useLiveQuery(async () => (await database.baseline.get('baseline')) ?? null, [database]);
}
