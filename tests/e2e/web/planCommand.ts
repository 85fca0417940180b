import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';

/** The `plan` command's whole output for a scenario file (model §10). */
export function planOutput<T>(file: string): T {
  const output = execFileSync('node_modules/.bin/tsx', ['src/cli/plan.ts', file], {
    encoding: 'utf8',
  });
  return JSON.parse(output) as T;
}

/** The `plan` command's summary for a scenario file: what the app must show for it. */
export function planSummary<T>(file: string): T {
  return planOutput<{ summary: T }>(file).summary;
}

/** A model amount as the app shows yuan in this locale. */
export const yuan = (amount: string, locale: string) =>
  new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
  }).format(Math.round(Number(amount) * 100) / 100);

/** Deletes the app's database, as on a new computer. */
export function wipeDatabase(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) => {
        const request = indexedDB.deleteDatabase('ashore');
        request.onsuccess = request.onerror = request.onblocked = () => done();
      }),
  );
}
