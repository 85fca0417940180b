import { useCallback } from 'react';
import { formatDate, formatMonth } from './dates';
import { formatMoney } from './money';
import { useSettings } from '../settings/SettingsContext';

/** Money and dates in the user's language and currency. */
export function useFormat() {
  const { currency, language } = useSettings();
  return {
    money: useCallback(
      (amount: string) => formatMoney(amount, currency, language),
      [currency, language],
    ),
    date: useCallback((iso: string) => formatDate(iso, language), [language]),
    month: useCallback((iso: string) => formatMonth(iso.slice(0, 7), language), [language]),
    language,
    currency,
  };
}
