import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';

const fixture = fixtureFile('03-mixed-avalanche.scenario.json');

async function downloadBackup(page: Page, label: RegExp): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: label }).click();
  const path = join(tmpdir(), `ashore-e2e-${Date.now()}-${(await download).suggestedFilename()}`);
  await (await download).saveAs(path);
  return path;
}

async function restoreBackup(page: Page, file: string, labels: { open: RegExp }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: labels.open }).click();
  await (await chooser).setFiles(file);
}

const tablesOf = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8')) as { tables: unknown }).tables;

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('import a fixture scenario and see its numbers; backup → wipe → restore is identical', async ({
    page,
  }) => {
    await openApp(page, 'data');
    await importScenarioFile(page, fixture);

    await page.getByRole('link', { name: '预算' }).click();
    await expect(page.getByText('¥1,900.00').first()).toBeVisible();
    await page.getByRole('link', { name: '债务' }).click();
    await expect(page.getByRole('row', { name: /微粒贷/ })).toBeVisible();

    await page.getByRole('link', { name: '导入与备份' }).click();
    const backup = await downloadBackup(page, /导出备份/);
    expect(backup).toMatch(/上岸备份-\d{4}-\d{2}-\d{2}\.json$/);

    // Wipe: the database is gone, as on a new computer.
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          const request = indexedDB.deleteDatabase('ashore');
          request.onsuccess = request.onerror = request.onblocked = () => done();
        }),
    );
    await page.reload();
    await page.getByRole('link', { name: '债务' }).click();
    await expect(page.getByRole('row', { name: /微粒贷/ })).toHaveCount(0);

    await page.getByRole('link', { name: '导入与备份' }).click();
    await restoreBackup(page, backup, { open: /从备份恢复/ });
    await expect(page.getByText('花呗、微粒贷和信用卡')).toBeVisible();
    await page.getByRole('button', { name: '恢复，替换当前数据' }).click();
    await expect(page.getByRole('status').first()).toContainText('已恢复');

    const again = await downloadBackup(page, /导出备份/);
    expect(tablesOf(again)).toEqual(tablesOf(backup));
  });

  test('a corrupted backup is refused and the data is unchanged', async ({ page }) => {
    await openApp(page, 'data');
    await importScenarioFile(page, fixture);
    const backup = await downloadBackup(page, /导出备份/);
    const corrupted = join(tmpdir(), `ashore-corrupted-${Date.now()}.json`);
    writeFileSync(corrupted, readFileSync(backup, 'utf8').replace('"12000.00"', '"1.00"'));

    await restoreBackup(page, corrupted, { open: /从备份恢复/ });
    await expect(page.getByRole('status').first()).toContainText('校验码不符');
    await expect(page.getByRole('button', { name: '恢复，替换当前数据' })).toHaveCount(0);

    const truncated = join(tmpdir(), `ashore-truncated-${Date.now()}.json`);
    writeFileSync(truncated, readFileSync(backup, 'utf8').slice(0, 500));
    await restoreBackup(page, truncated, { open: /从备份恢复/ });
    await expect(page.getByRole('status').first()).toContainText('已损坏或不完整');

    const after = await downloadBackup(page, /导出备份/);
    expect(tablesOf(after)).toEqual(tablesOf(backup));
  });
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('an invalid scenario file is explained field by field and changes nothing', async ({
    page,
  }) => {
    const bad = fixtureFile('bad-01-negative-principal.scenario.json');
    await openApp(page, 'data');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /Import scenario/ }).click();
    await (await chooser).setFiles(bad);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('cannot be imported; nothing was changed');
    await expect(alert).toContainText('principal');
    await expect(page.getByRole('button', { name: /Import and replace/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Export scenario' })).toBeDisabled();
  });
});
