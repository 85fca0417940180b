import { useMemo } from 'react';
import { useSettings } from '../settings/SettingsContext';
import { type TextFormat, textFormat } from './textFormat';

/** The pure builders' formatter in the user's language and currency. */
export function useTextFormat(): TextFormat {
  const { language, currency } = useSettings();
  return useMemo(() => textFormat(language, currency), [language, currency]);
}
