import type { SettingsRow, ThemeChoice } from '../db/AppDB';
import type { UiLanguage as Language } from '../../shared/contract';

export const DEFAULT_CURRENCY = 'CNY';
/** Reminders come this many days before a due unless the person chose otherwise. */
export const DEFAULT_REMINDER_DAYS = 3;
/** A reminder further ahead than a month would announce the due after next. */
export const MAX_REMINDER_DAYS = 28;

/** The one-year LPR until the person enters a newer one (DOMAIN: 3.00 % since 20 May 2025). */
export const DEFAULT_LPR = { percent: '3.00', date: '2025-05-20' } as const;

export interface Settings {
  language: Language;
  currency: string;
  theme: ThemeChoice;
  /** True when the language came from the operating system rather than the user's choice. */
  languageFromSystem: boolean;
  reminderDays: number;
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
    theme: row?.theme ?? 'system',
    languageFromSystem: row?.language === undefined,
    reminderDays: row?.reminderDays ?? DEFAULT_REMINDER_DAYS,
    lpr: row?.lpr ?? DEFAULT_LPR,
  };
}

/** Whether Intl knows the code as a currency: it then formats amounts in it. */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  return Intl.supportedValuesOf('currency').includes(code);
}

/** Whether a number of days is one the reminders can be set to: whole, 0 to 28. */
export function isReminderDays(days: number): boolean {
  return Number.isInteger(days) && days >= 0 && days <= MAX_REMINDER_DAYS;
}
