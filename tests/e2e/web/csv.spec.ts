import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { plan, validateScenario } from '../../../src/core/index';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';

/**
 * The CSV exports of a household imported through the Data page: downloaded from the Schedule
 * and Strategies pages, parsed as a spreadsheet would, and compared with the engine's plan of
 * the same file.
 */
const scenarioFile = fixtureFile('07-agreements.scenario.json');

function enginePlan() {
  const validation = validateScenario(JSON.parse(readFileSync(scenarioFile, 'utf8')));
  if (!validation.ok) throw new Error('the fixture is valid');
  return plan(validation.scenario);
}

async function download(page: Page, button: RegExp): Promise<{ name: string; rows: string[][] }> {
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await started;
  const bytes = readFileSync((await file.path()) ?? '');
  // UTF-8 with a byte-order mark: what Excel and WPS need to read Chinese.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { name: file.suggestedFilename(), rows: parsed.data };
}

for (const [locale, language] of [
  ['zh-CN', 'zh-CN'],
  ['en-US', 'en'],
] as const) {
  test.describe(`CSV in ${language}`, () => {
    test.use({ locale });

    test('the schedule and the strategy comparison download, parse and equal the engine’s plan', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const zh = language === 'zh-CN';
      await importScenarioFile(page, scenarioFile);
      const result = enginePlan();

      await openApp(page, 'schedule');
      const schedule = await download(page, zh ? /导出还款明细 CSV/ : /Export schedule as CSV/);
      expect(schedule.name).toMatch(/\.csv$/);
      const [header, ...rows] = schedule.rows;
      expect(header?.[0]).toBe(zh ? '月序号' : 'Month number');
      const debtRows = rows.filter((row) => row[3] !== '');
      const totalRows = rows.filter((row) => row[3] === '');
      expect(totalRows.length).toBe(result.schedule.length);
      expect(debtRows.length).toBe(result.schedule.reduce((n, month) => n + month.debts.length, 0));
      expect(totalRows.map((row) => [row[0], row[7], row[12]])).toEqual(
        result.schedule.map((month) => [String(month.month), month.paid, month.capacity]),
      );
      const card = debtRows.filter((row) => row[3] === 'card');
      expect(card.map((row) => row[4])).toContain('信用卡');
      expect(card.map((row) => [row[7], row[11]])).toEqual(
        result.schedule.flatMap((month) =>
          month.debts.filter((d) => d.id === 'card').map((d) => [d.payment, d.balance]),
        ),
      );

      await openApp(page, 'strategies');
      const comparison = await download(page, zh ? /导出策略比较 CSV/ : /Export comparison as CSV/);
      const chosen = comparison.rows.find((row) => row[1] === (zh ? '是' : 'yes'));
      expect(chosen?.slice(2, 5)).toEqual([
        String(result.summary.months ?? ''),
        result.summary.debtFreeDate ?? '',
        result.summary.totalPaid,
      ]);
      expect(comparison.rows.length).toBeGreaterThanOrEqual(4);
    });
  });
}
