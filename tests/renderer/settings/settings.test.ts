import { afterEach, describe, expect, it } from 'vitest';
import { AppDB } from '../../../src/renderer/db/AppDB';
import { saveCurrency, saveLanguage, saveLpr } from '../../../src/renderer/db/settings';
import {
  isCurrencyCode,
  languageFromSystem,
  resolveSettings,
} from '../../../src/renderer/settings/settings';

const opened: AppDB[] = [];
function freshDb(): AppDB {
  const database = new AppDB(`settings-test-${opened.length}-${Date.now()}`);
  opened.push(database);
  return database;
}

afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

describe('languageFromSystem', () => {
  it('picks the first system language Ashore speaks', () => {
    expect(languageFromSystem(['zh-Hans-CN', 'en-US'])).toBe('zh-CN');
    expect(languageFromSystem(['zh-TW'])).toBe('zh-CN');
    expect(languageFromSystem(['en-GB', 'zh-CN'])).toBe('en');
    expect(languageFromSystem(['de-DE', 'zh-CN'])).toBe('zh-CN');
  });

  it('falls back to English when the system speaks neither', () => {
    expect(languageFromSystem(['de-DE', 'fr'])).toBe('en');
    expect(languageFromSystem([])).toBe('en');
  });
});

describe('settings in the database', () => {
  it('follows the system until the user chooses, and defaults to CNY', async () => {
    const database = freshDb();
    expect(resolveSettings(await database.settings.get('app'), 'en')).toEqual({
      language: 'en',
      currency: 'CNY',
      languageFromSystem: true,
      lpr: { percent: '3.00', date: '2025-05-20' },
    });
    await saveLanguage('zh-CN', database);
    await saveCurrency('HKD', database);
    await saveLpr({ percent: '3.45', date: '2026-11-20' }, database);
    expect(resolveSettings(await database.settings.get('app'), 'en')).toEqual({
      language: 'zh-CN',
      currency: 'HKD',
      languageFromSystem: false,
      lpr: { percent: '3.45', date: '2026-11-20' },
    });
  });

  it('saving one setting keeps the other', async () => {
    const database = freshDb();
    await saveCurrency('USD', database);
    await saveLanguage('en', database);
    expect(await database.settings.get('app')).toEqual({
      id: 'app',
      currency: 'USD',
      language: 'en',
    });
  });

  it('refuses a currency Intl does not know, and stores nothing', async () => {
    const database = freshDb();
    await expect(saveCurrency('XYZ', database)).rejects.toThrow(RangeError);
    await expect(saveCurrency('cny', database)).rejects.toThrow(RangeError);
    expect(await database.settings.get('app')).toBeUndefined();
  });
});

describe('isCurrencyCode', () => {
  it('accepts ISO 4217 codes and nothing else', () => {
    for (const code of ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'TWD'])
      expect(isCurrencyCode(code)).toBe(true);
    for (const code of ['', 'RMB', 'usd', 'US', 'USDT', '¥'])
      expect(isCurrencyCode(code)).toBe(false);
  });
});
