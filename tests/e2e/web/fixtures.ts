import { resolve } from 'node:path';
import { type Page, test as base, expect } from '@playwright/test';

/**
 * Every web test records each request its pages make (the print views it opens included); the
 * fixture fails the test if any went anywhere but the app's own origin. Privacy is not a separate test: it is checked everywhere.
 */
export const test = base.extend<{
  requests: string[];
  consoleErrors: string[];
  expectedConsoleErrors: RegExp[];
}>({
  requests: [
    async ({ page, baseURL }, use) => {
      const requests: string[] = [];
      page.context().on('request', (request) => requests.push(request.url()));
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
  /** Console errors a test provokes on purpose (a blocked request, a refused file). */
  expectedConsoleErrors: [[], { option: true }],
  /**
   * Every error logged or thrown on any page of the test (popups and print views included):
   * a working app logs none, so any one fails the test.
   */
  consoleErrors: [
    async ({ context, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      context.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()}`);
      });
      context.on('weberror', (error) => errors.push(`uncaught: ${error.error().message}`));
      await use(errors);
      const unexpected = errors.filter(
        (error) => !expectedConsoleErrors.some((pattern) => pattern.test(error)),
      );
      expect(unexpected, 'errors on the pages').toEqual([]);
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

/**
 * A household typed into the forms, in either language, as a new user enters it: a salary and
 * the rent on the budget page, then a Huabei that is all overdue and a credit card.
 */
export async function typeHousehold(page: Page): Promise<void> {
  await openApp(page, 'budget');
  const addItem = async (list: RegExp, name: string, amount: string) => {
    const region = page.getByRole('region', { name: list });
    await region.getByRole('button', { name: /^(添加|Add)/ }).click();
    await region.getByLabel(/^(名称|Name)$/).fill(name);
    await region.getByLabel(/^(金额|Amount)$/).fill(amount);
    await region.getByRole('button', { name: /^(保存|Save)$/ }).click();
    await expect(region.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  };
  await addItem(/^(收入|Income)$/, 'Salary 工资', '9000');
  await addItem(/^(固定开支|Fixed costs)$/, 'Rent 房租', '3500');

  await openApp(page, 'debts');
  const save = page.getByRole('button', { name: /^(保存|Save)$/ });
  await page.getByRole('button', { name: /^(花呗|Huabei 花呗)$/ }).click();
  await page.getByLabel(/^(本金|Principal)$/).fill('3000');
  await page.getByRole('checkbox', { name: /^(全部逾期|All overdue)$/ }).check();
  await save.click();
  await page.getByRole('button', { name: /^(信用卡|Credit card)$/ }).click();
  await page.getByLabel(/^(本金|Principal)$/).fill('12000');
  await save.click();
  await expect(page.locator('table.debts-table tbody tr')).toHaveCount(2);
}
