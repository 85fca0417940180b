import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { plan, validateScenario } from '../../../src/core/index';
import { Dec } from '../../../src/core/money';
import { todayIso } from '../../../src/renderer/format/dates';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';
import { receiptFile, recordPayment } from './livingSteps';

/**
 * The CSV exports of a household imported through the Data page: downloaded from the Schedule
 * and Strategies pages, parsed as a spreadsheet would, and compared with the engine's plan of
 * the same file; and the payment records typed into the Payments page, compared with what was
 * typed.
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

    test('the payment records download as listed, filter applied, and parse back as entered', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const zh = language === 'zh-CN';
      await importScenarioFile(page, scenarioFile);
      const today = todayIso();
      // A note a spreadsheet must not split: a comma, quotes, a line break and Chinese.
      const entered = [
        {
          debt: '信用卡',
          debtId: 'card',
          date: today,
          amount: '1234.5',
          note: '第 1 期, "流水" 88\n次行',
          receipt: receiptFile(),
        },
        {
          debt: '借呗',
          debtId: 'jiebei',
          date: today,
          amount: '300',
          channel: zh ? '微信' : 'WeChat Pay',
          note: '',
        },
      ] as const;
      for (const payment of entered) await recordPayment(page, locale, payment);

      const rowOf = (payment: (typeof entered)[number]) => [
        payment.date,
        payment.debt,
        payment.debtId,
        new Dec(payment.amount).toFixed(2),
        'channel' in payment ? payment.channel : zh ? '支付宝' : 'Alipay',
        payment.note,
        'receipt' in payment ? (zh ? '是' : 'yes') : zh ? '否' : 'no',
      ];
      const button = zh ? /导出还款记录 CSV/ : /Export payments as CSV/;
      await expect(
        page.getByText(zh ? '导出上面列出的全部还款记录' : 'Exports every payment listed above'),
      ).toBeVisible();
      const all = await download(page, button);
      expect(all.name).toMatch(/\.csv$/);
      const [header, ...rows] = all.rows;
      expect(header).toEqual(
        zh
          ? ['还款日期', '还给', '债务编号', '金额', '还款方式', '备注', '有截图']
          : ['Date paid', 'Paid to', 'Debt id', 'Amount', 'Paid by', 'Note', 'Screenshot kept'],
      );
      const byDebt = (a: string[], b: string[]) => (a[2] ?? '').localeCompare(b[2] ?? '');
      expect(rows.sort(byDebt)).toEqual(entered.map(rowOf).sort(byDebt));

      // Filtered to one lender, the file holds what the list shows: that lender's payments only.
      await page.getByLabel(zh ? '只看' : 'Show', { exact: true }).selectOption({ label: '借呗' });
      await expect(
        page.getByText(
          zh
            ? '只导出上面列出的“借呗”的还款记录'
            : 'Exports only the payments to “借呗” listed above',
        ),
      ).toBeVisible();
      const filtered = await download(page, button);
      expect(filtered.rows.slice(1)).toEqual([rowOf(entered[1])]);
    });
  });
}
