import type { SettingsRow } from '../db/AppDB';
import type { UiLanguage as Language } from '../../shared/contract';

export const DEFAULT_CURRENCY = 'CNY';

/** The one-year LPR until the person enters a newer one (DOMAIN: 3.00 % since 20 May 2025). */
export const DEFAULT_LPR = { percent: '3.00', date: '2025-05-20' } as const;

export interface Settings {
  language: Language;
  currency: string;
  /** True when the language came from the operating system rather than the user's choice. */
  languageFromSystem: boolean;
  lpr: { percent: string; date: string };
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
    lpr: row?.lpr ?? DEFAULT_LPR,
  };
}

/** Whether Intl knows the code as a currency: it then formats amounts in it. */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  return Intl.supportedValuesOf('currency').includes(code);
}
