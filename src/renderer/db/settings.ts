import { useLiveQuery } from 'dexie-react-hooks';
import { isCurrencyCode, isReminderDays } from '../settings/settings';
import { type AppDB, type SettingsRow, type ThemeChoice, db as defaultDb } from './AppDB';
import type { UiLanguage as Language } from '../../shared/contract';

/** The stored settings row, or undefined when nothing was chosen yet. */
export function readSettingsRow(database: AppDB = defaultDb): Promise<SettingsRow | undefined> {
  return database.settings.get('app');
}

async function patchSettings(database: AppDB, patch: Partial<Omit<SettingsRow, 'id'>>) {
  await database.transaction('rw', database.settings, async () => {
    const current = await database.settings.get('app');
    await database.settings.put({ ...current, ...patch, id: 'app' });
  });
}

export function saveLanguage(language: Language, database: AppDB = defaultDb): Promise<void> {
  return patchSettings(database, { language });
}

export function saveCurrency(currency: string, database: AppDB = defaultDb): Promise<void> {
  if (!isCurrencyCode(currency)) {
    return Promise.reject(new RangeError(`not an ISO 4217 currency code: ${currency}`));
  }
  return patchSettings(database, { currency });
}

export function saveTheme(theme: ThemeChoice, database: AppDB = defaultDb): Promise<void> {
  return patchSettings(database, { theme });
}

export function saveReminderDays(days: number, database: AppDB = defaultDb): Promise<void> {
  if (!isReminderDays(days)) {
    return Promise.reject(new RangeError(`not a number of reminder days: ${days}`));
  }
  return patchSettings(database, { reminderDays: days });
}

/**
 * The stored settings row, live: undefined while loading, null when nothing is stored. `first`
 * is the row as read at start-up: shown until the live query answers, so the first paint need
 * not wait for a second read.
 */
export function useSettingsRow(
  database: AppDB = defaultDb,
  first?: SettingsRow | null,
): SettingsRow | null | undefined {
  return useLiveQuery(async () => (await database.settings.get('app')) ?? null, [database], first);
}

/** The one-year LPR in percent and its publication date, as the person entered them. */
export function saveLpr(lpr: { percent: string; date: string }, database: AppDB = defaultDb) {
  return patchSettings(database, { lpr });
}
