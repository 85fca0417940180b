import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, fixtureFile, importScenarioFile, test } from './fixtures';

async function downloadFrom(page: Page, button: ReturnType<Page['getByRole']>): Promise<string> {
  const download = page.waitForEvent('download');
  await button.click();
  const path = join(tmpdir(), `ashore-e2e-${Date.now()}-${(await download).suggestedFilename()}`);
  await (await download).saveAs(path);
  return path;
}

async function chooseBackup(page: Page, file: string, label: RegExp) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: label }).click();
  await (await chooser).setFiles(file);
}

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('a backup whose date is not a date is refused with the reason, and the page stays', async ({
    page,
  }) => {
    await importScenarioFile(page, fixtureFile('03-mixed-avalanche.scenario.json'));
    const backup = await downloadFrom(page, page.getByRole('button', { name: '导出备份' }));
    const undated = join(tmpdir(), `ashore-undated-${Date.now()}.json`);
    writeFileSync(
      undated,
      readFileSync(backup, 'utf8').replace(/"createdAt": "[^"]+"/, '"createdAt": "not a date"'),
    );
    await chooseBackup(page, undated, /从备份恢复/);
    await expect(page.getByRole('status').first()).toContainText('问题位置：createdAt');
    await expect(page.getByRole('button', { name: '恢复，替换当前数据' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: '导入、导出与备份' })).toBeVisible();
  });

  test('the household a restore replaced comes back from its safety backup', async ({ page }) => {
    await importScenarioFile(page, fixtureFile('03-mixed-avalanche.scenario.json'));
    await importScenarioFile(page, fixtureFile('01-single-loan-monthly.scenario.json'));
    await expect(page.getByRole('status').first()).toContainText('替换前的数据已保存为安全备份');

    const safety = page.getByRole('listitem').filter({ hasText: '恢复或导入前的数据' });
    await expect(safety).toHaveCount(1);
    await safety.getByRole('button', { name: '查看并恢复…' }).click();
    await expect(page.getByText('花呗、微粒贷和信用卡')).toBeVisible();
    await page.getByRole('button', { name: '恢复，替换当前数据' }).click();
    await expect(page.getByRole('status').first()).toContainText('已恢复');

    await page.getByRole('link', { name: '债务' }).click();
    await expect(page.getByRole('row', { name: /微粒贷/ })).toBeVisible();
  });
});

test.describe('in English', () => {
  // The injected fault below is logged by React as it reaches the error boundary.
  test.use({ locale: 'en-US', expectedConsoleErrors: [/RangeError: Invalid time value/] });

  test('a page that fails shows the error screen: Export backup and Reload both work', async ({
    page,
  }) => {
    // A test-only fault, injected by the test and never shipped: formatting a date throws
    // once window.__breakDates is set, as an invalid date did in the backup preview.
    await page.addInitScript(() => {
      const proto = Intl.DateTimeFormat.prototype;
      const getter = Object.getOwnPropertyDescriptor(proto, 'format')?.get;
      Object.defineProperty(proto, 'format', {
        get(this: Intl.DateTimeFormat) {
          const format = getter?.call(this) as (date?: Date | number) => string;
          return (date?: Date | number) => {
            if ((window as { __breakDates?: boolean }).__breakDates) {
              throw new RangeError('Invalid time value');
            }
            return format(date);
          };
        },
      });
    });
    await importScenarioFile(page, fixtureFile('03-mixed-avalanche.scenario.json'));
    const backup = await downloadFrom(page, page.getByRole('button', { name: 'Export backup' }));

    await page.evaluate(() => ((window as { __breakDates?: boolean }).__breakDates = true));
    await chooseBackup(page, backup, /Restore from backup/);
    const crash = page.getByRole('alert').filter({ hasText: 'Something went wrong here' });
    await expect(crash).toBeVisible();
    // Only the page failed: the navigation is still there.
    await expect(page.getByRole('navigation')).toBeVisible();

    const saved = await downloadFrom(page, crash.getByRole('button', { name: 'Export backup' }));
    await expect(crash).toContainText('Backup saved as');
    const tables = (file: string) =>
      (JSON.parse(readFileSync(file, 'utf8')) as { tables: unknown }).tables;
    expect(tables(saved)).toEqual(tables(backup));

    await crash.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('heading', { name: 'Import, export and backups' })).toBeVisible();
    await expect(crash).toHaveCount(0);
  });
});
