import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { checksumOf } from '../../../src/renderer/backup/checksum';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';

/** How many contact rows the big backup carries: enough that writing them takes a while. */
const CONTACTS = 60_000;

/** A valid backup of a different household, large enough that restoring it takes seconds. */
async function bigBackupFile(): Promise<string> {
  const debtId = 'big-1';
  const tables = {
    settings: [{ id: 'app', currency: 'CNY' }],
    household: [{ id: 'household', startDate: '2026-11-21' }],
    incomes: [],
    fixedCosts: [],
    obligations: [],
    debts: [
      {
        id: debtId,
        name: '大额备份测试',
        kind: 'huabei',
        principal: '3000.00',
        overdue: true,
        penaltyRate: { daily: '0.0005' },
        order: 0,
      },
    ],
    agreements: [],
    contacts: Array.from({ length: CONTACTS }, (_, i) => ({
      id: `c-${i}`,
      debtId,
      at: '2026-11-21T09:30',
      channel: 'phone',
      who: `工号 ${i}`,
      said: '说明了收入下降的情况，请求停息挂账，分 36 期还款。',
      answer: '需要提交收入证明和银行流水，三个工作日内回复。',
      promised: '三个工作日内回电。',
    })),
    evidence: [],
    statements: [],
  };
  const document = {
    format: 'ashore-backup',
    version: 1,
    createdAt: '2026-11-21T08:00:00.000Z',
    appVersion: '0.1.0',
    checksum: await checksumOf(tables),
    tables,
  };
  const path = join(tmpdir(), `ashore-big-backup-${Date.now()}.json`);
  writeFileSync(path, JSON.stringify(document));
  return path;
}

async function downloadBackup(page: Page): Promise<unknown> {
  await openApp(page, 'data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出备份' }).click();
  const path = join(tmpdir(), `ashore-e2e-${Date.now()}.json`);
  await (await download).saveAs(path);
  return (JSON.parse(readFileSync(path, 'utf8')) as { tables: unknown }).tables;
}

test.use({ locale: 'zh-CN' });

test('a reload in the middle of a restore leaves the previous household intact and complete', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await importScenarioFile(page, fixtureFile('03-mixed-avalanche.scenario.json'));
  const before = await downloadBackup(page);
  const big = await bigBackupFile();

  await openApp(page, 'data');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从备份恢复…' }).click();
  await (await chooser).setFiles(big);
  rmSync(big);
  await expect(page.getByText('债务：大额备份测试')).toBeVisible({ timeout: 60_000 });

  // Confirm, and reload while the one transaction is still writing its 60,000 rows.
  await page.getByRole('button', { name: '恢复，替换当前数据' }).click();
  await expect(page.getByRole('button', { name: '正在恢复…' })).toBeDisabled();
  await page.reload();

  // The transaction never committed: the household from before, every table, every row.
  await openApp(page, 'debts');
  await expect(page.getByText('微粒贷').first()).toBeVisible();
  await expect(page.getByText('大额备份测试')).toHaveCount(0);
  expect(await downloadBackup(page)).toEqual(before);
});
