import { resolve } from 'node:path';
import { type Page, test as base, expect } from '@playwright/test';

/**
 * Every web test records each request the page makes; the fixture fails the test if any went
 * anywhere but the app's own origin. Privacy is not a separate test: it is checked everywhere.
 */
export const test = base.extend<{ requests: string[] }>({
  requests: [
    async ({ page, baseURL }, use) => {
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await use(requests);
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      const foreign = requests.filter((url) => {
        if (url.startsWith('data:') || url.startsWith('blob:')) return false;
        return new URL(url).origin !== origin;
      });
      expect(requests.length, 'the request recorder saw the app load').toBeGreaterThan(0);
      expect(foreign, 'requests that left the app origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a section of the app and waits until the shell is painted. */
export async function openApp(page: Page, route = 'home'): Promise<void> {
  await page.goto(`/#/${route}`);
  await expect(page.locator('main#main h1')).toBeVisible();
}

/** A file of the shared fixtures (../shared/fixtures/v2 next to the repository). */
export function fixtureFile(name: string): string {
  return resolve(import.meta.dirname, '../../../../shared/fixtures/v2', name);
}

/**
 * Imports a scenario file through the Data page, as a person would, in either language, and
 * waits for the app to confirm it.
 */
export async function importScenarioFile(page: Page, file: string): Promise<void> {
  await openApp(page, 'data');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /导入情景|Import scenario/ }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: /导入，替换当前数据|Import and replace/ }).click();
  await expect(page.getByRole('status').first()).toContainText(/已导入情景|Imported scenario/);
}
