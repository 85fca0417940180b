import { type ReactNode, createContext, useContext } from 'react';
import type { UiLanguage as Language } from '../../shared/contract';
import type { SettingsRow } from '../db/AppDB';
import { useSettingsRow } from '../db/settings';
import { useKeptWhileSame } from '../app/useKeptWhileSame';
import { type Settings, resolveSettings } from './settings';

const SettingsContext = createContext<Settings | null>(null);

/**
 * Provides the live settings to the whole app: a change saved anywhere (or in another window)
 * re-renders every reader. Renders nothing until the stored row has been read.
 */
export function SettingsProvider({
  systemLanguage,
  firstRow,
  children,
}: {
  systemLanguage: Language;
  /** The row as read at start-up (null: none stored): the first render need not wait. */
  firstRow?: SettingsRow | null;
  children: ReactNode;
}) {
  const row = useSettingsRow(undefined, firstRow);
  const resolved = resolveSettings(row ?? undefined, systemLanguage);
  // The same object while the settings read the same: a new one re-renders every reader (most
  // of the app), and the live query's first answer is an equal copy of the row read at start-up.
  const settings = useKeptWhileSame(JSON.stringify(resolved), () => resolved);
  if (row === undefined) return null;
  return <SettingsContext.Provider value={settings}>{children}</SettingsContext.Provider>;
}

export function useSettings(): Settings {
  const settings = useContext(SettingsContext);
  if (!settings) throw new Error('useSettings must be used inside <SettingsProvider>');
  return settings;
}

/** Settings as they apply to a part of the app that differs: the printed plan's language. */
export function SettingsOverride({
  language,
  currency,
  children,
}: {
  language: Settings['language'];
  currency: string;
  children: ReactNode;
}) {
  const settings = useSettings();
  return (
    <SettingsContext.Provider value={{ ...settings, language, currency }}>
      {children}
    </SettingsContext.Provider>
  );
}
