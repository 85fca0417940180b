import { useLiveQuery } from 'dexie-react-hooks';
import {
  type AppDB,
  type CheckInRow,
  type DebtRow,
  type RebaseRow,
  db as defaultDb,
} from './AppDB';
import { type Undo, changeWithUndo } from './undo';

// Check-ins with the lenders (核对余额, issue 13) and the re-bases made from them.

/** Keeps what a lender's app showed; returns its id. A check-in is history: never edited. */
export async function saveCheckIn(
  checkIn: Omit<CheckInRow, 'id' | 'recordedAt'>,
  database: AppDB = defaultDb,
  now: Date = new Date(),
): Promise<string> {
  const id = crypto.randomUUID();
  await database.checkIns.add({ ...checkIn, id, recordedAt: now.toISOString() });
  return id;
}

/** Deletes a check-in entered by mistake; returns how to undo it. */
export function deleteCheckIn(id: string, database: AppDB = defaultDb): Promise<Undo | undefined> {
  return changeWithUndo(['checkIns'], () => database.checkIns.delete(id), database);
}

/** Every check-in, oldest first, live. */
export function useCheckIns(database: AppDB = defaultDb): CheckInRow[] | undefined {
  return useLiveQuery(async () => {
    const rows = await database.checkIns.toArray();
    return rows.sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : 1));
  }, [database]);
}

/** The re-bases made, oldest first. */
export function readRebases(database: AppDB = defaultDb): Promise<RebaseRow[]> {
  return database.rebases.orderBy('date').toArray();
}

export function useRebases(database: AppDB = defaultDb): RebaseRow[] | undefined {
  return useLiveQuery(() => readRebases(database), [database]);
}

/**
 * Starts the plan anew (see checkIn/rebase.ts for what that means): the debts' balances, the
 * household's start date and the kept history, in one transaction, undoable as one change.
 * The payments, the agreements and the baseline are not touched.
 */
export function applyRebase(
  change: { debts: readonly DebtRow[]; rebase: Omit<RebaseRow, 'id'> },
  database: AppDB = defaultDb,
): Promise<Undo | undefined> {
  return changeWithUndo(
    ['household', 'debts', 'rebases'],
    async () => {
      const household = await database.household.get('household');
      if (!household) throw new Error('There is no household to re-base.');
      const { date } = change.rebase;
      await database.household.put({ ...household, startDate: date, rebasedOn: date });
      await database.debts.bulkPut([...change.debts]);
      await database.rebases.add({ ...change.rebase, id: crypto.randomUUID() });
    },
    database,
  );
}
