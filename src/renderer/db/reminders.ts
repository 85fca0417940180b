import { type AppDB, db as defaultDb } from './AppDB';

/** Reminders older than this are forgotten: their dues are long past and will not come again. */
const KEEP_DAYS = 120;

/**
 * Marks these reminders as shown and answers those that had not been: the caller shows only
 * those. One transaction, so two checks at once (a start-up and a timer, StrictMode's second
 * effect, a second window) never both announce the same due.
 */
export function claimReminders(
  keys: readonly string[],
  now: Date = new Date(),
  database: AppDB = defaultDb,
): Promise<string[]> {
  return database.transaction('rw', database.reminders, async () => {
    const oldest = new Date(now.getTime() - KEEP_DAYS * 86_400_000).toISOString();
    await database.reminders.where('shownAt').below(oldest).delete();
    const shown = await database.reminders.bulkGet([...keys]);
    const fresh = keys.filter((key, index) => shown[index] === undefined);
    await database.reminders.bulkPut(fresh.map((key) => ({ key, shownAt: now.toISOString() })));
    return fresh;
  });
}
