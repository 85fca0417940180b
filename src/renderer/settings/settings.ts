import { useLiveQuery } from 'dexie-react-hooks';
import { type AppDB, type Language, type SettingsRow, db as defaultDb } from '../db/AppDB';

export const DEFAULT_CURRENCY = 'CNY';

export interface Settings {
  language: Language;
  currency: string;
  /** True when the language came from the operating system rather than the user's choice. */
  languageFromSystem: boolean;
}

/**
 * The language to use when the user has not chosen one: the first of the system's preferred
 * languages that Ashore speaks. A system in neither Chinese nor English gets English, the
 * language such a user is more likely to read.
 */
export function languageFromSystem(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
  }
  return 'en';
}

export function resolveSettings(row: SettingsRow | undefined, systemLanguage: Language): Settings {
  return {
    language: row?.language ?? systemLanguage,
    currency: row?.currency ?? DEFAULT_CURRENCY,
    languageFromSystem: row?.language === undefined,
  };
}

/** Whether Intl knows the code as a currency: it then formats amounts in it. */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  return Intl.supportedValuesOf('currency').includes(code);
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

/** The stored settings row, live: undefined while loading, null when nothing is stored. */
export function useSettingsRow(database: AppDB = defaultDb): SettingsRow | null | undefined {
  return useLiveQuery(async () => (await database.settings.get('app')) ?? null, [database]);
}
