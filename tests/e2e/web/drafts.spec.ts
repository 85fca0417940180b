import type { Dialog, Page } from '@playwright/test';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';

/**
 * Reloads as a person would with a form half-typed: the browser asks first ("Leave site?"),
 * the person leaves anyway. Returns what the page asked.
 */
async function reloadAnyway(page: Page): Promise<string[]> {
  const asked: string[] = [];
  const onDialog = (dialog: Dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  };
  page.on('dialog', onDialog);
  await page.reload();
  await expect(page.locator('main#main h1')).toBeVisible();
  page.off('dialog', onDialog);
  return asked;
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('half a debt survives a reload, and closing with it asks first', async ({ page }) => {
    await openApp(page, 'debts');
    await page.getByRole('button', { name: 'Credit card', exact: true }).click();
    await field(page, 'Principal').fill('12000');
    await field(page, 'Interest rate').fill('0.05');

    expect(await reloadAnyway(page)).toEqual(['beforeunload']);
    await expect(field(page, 'Principal')).toHaveValue('12000');
    await expect(field(page, 'Interest rate')).toHaveValue('0.05');

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('table.debts-table tbody tr')).toHaveCount(1);
    // Saved: nothing left unsaved, a reload asks nothing and opens no editor.
    expect(await reloadAnyway(page)).toEqual([]);
    await expect(field(page, 'Principal')).toHaveCount(0);
  });

  test('a half-typed budget item survives a reload', async ({ page }) => {
    await openApp(page, 'budget');
    const incomes = page.getByRole('region', { name: 'Income', exact: true });
    await incomes.getByRole('button', { name: /^Add/ }).click();
    await incomes.getByLabel('Name', { exact: true }).fill('Salary');
    await incomes.getByLabel('Amount', { exact: true }).fill('8000');
    expect(await reloadAnyway(page)).toEqual(['beforeunload']);
    await expect(incomes.getByLabel('Name', { exact: true })).toHaveValue('Salary');
    await expect(incomes.getByLabel('Amount', { exact: true })).toHaveValue('8000');
  });

  test('the contact log entry and the statement survive a reload', async ({ page }) => {
    await importScenarioFile(page, fixtureFile('03-mixed-avalanche.scenario.json'));
    const openCard = async () => {
      await page.getByRole('link', { name: 'Negotiate', exact: true }).click();
      await page
        .getByRole('navigation', { name: 'Choose a lender' })
        .getByRole('link', { name: /^信用卡/ })
        .click();
      await expect(page.getByRole('heading', { level: 2, name: '信用卡' })).toBeVisible();
    };
    await openCard();
    const log = page.getByRole('region', { name: 'Contact log', exact: true });
    await log.getByRole('button', { name: 'New entry' }).click();
    await log.getByLabel('What I said').fill('Asked for an installment plan');
    await page.getByLabel('What happened').fill('I lost my job in June');
    await page.getByLabel('Statement text').fill('To 信用卡, in my own words');

    expect(await reloadAnyway(page)).toEqual(['beforeunload']);
    await openCard();
    await expect(log.getByLabel('What I said')).toHaveValue('Asked for an installment plan');
    await expect(page.getByLabel('What happened')).toHaveValue('I lost my job in June');
    await expect(page.getByLabel('Statement text')).toHaveValue('To 信用卡, in my own words');
  });
});
