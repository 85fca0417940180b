import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { routes } from '../../../src/renderer/app/routes';
import { printReadySelector } from '../../../src/shared/printOptions';
import { expect, importScenarioFile, openApp, test } from './fixtures';

const fixtures = resolve(import.meta.dirname, '../../../../shared/fixtures/v2');
const scenarioFile = `${fixtures}/03-mixed-avalanche.scenario.json`;

interface ExpectedPlan {
  schedule: {
    month: number;
    capacity: string;
    debts: {
      id: string;
      due: string;
      payment: string;
      penalty: string;
      fees: string;
      balance: string;
    }[];
  }[];
}
const expected = JSON.parse(
  readFileSync(`${fixtures}/03-mixed-avalanche.expected.json`, 'utf8'),
) as ExpectedPlan;

function expectedDebt(month: number, id: string) {
  const debt = expected.schedule[month]?.debts.find((d) => d.id === id);
  if (!debt) throw new Error(`the expected plan has no ${id} in month ${month}`);
  return debt;
}

/** The amount as the app shows it: Intl on the decimal string, like the app. */
const shown = (amount: string, language: string) =>
  new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
  }).format(amount as unknown as number);

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('with no debts the schedule says so and links to the debts page', async ({ page }) => {
    await openApp(page, 'schedule');
    await expect(page.getByText('还没有债务。')).toBeVisible();
    await page.getByRole('link', { name: '去添加债务' }).click();
    await expect(page).toHaveURL(/#\/debts$/);
  });

  test("shows the fixture's months and figures, and how a figure was worked out", async ({
    page,
  }) => {
    await importScenarioFile(page, scenarioFile);
    await page.getByRole('link', { name: '还款明细' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '还款明细' })).toBeVisible();
    await expect(page.getByText(`共 ${expected.schedule.length} 个月，3 笔债务。`)).toBeVisible();

    const table = page.getByRole('region', { name: /逐月还款明细/ });
    await expect(table.getByRole('rowheader', { name: '2026年12月' })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: '2028年2月' })).toBeAttached();

    // The month opens to its debts: each one's month-0 figures as the expected plan gives them.
    await table.getByRole('button', { name: '2026年12月', exact: true }).click();
    const names = { huabei: '花呗', weili: '微粒贷', card: '信用卡' } as const;
    for (const [id, name] of Object.entries(names)) {
      const debt = expectedDebt(0, id);
      for (const [column, amount] of [
        ['罚息', debt.penalty],
        ['实还', debt.payment],
        ['余额', debt.balance],
      ] as const) {
        await expect(
          table.getByRole('button', {
            name: `${name}，2026年12月，${column}：${shown(amount, 'zh-CN')}，查看计算过程`,
          }),
        ).toBeVisible();
      }
    }

    const penalty = table.getByRole('button', {
      name: `花呗，2026年12月，罚息：${shown(expectedDebt(0, 'huabei').penalty, 'zh-CN')}，查看计算过程`,
    });
    await penalty.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '花呗 · 2026年12月 · 罚息' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('罚息 ¥77.50 = 逾期本金 ¥5,000.00 × 日利率 0.05% × 31 天');
    await expect(dialog).toContainText('月末余额 ¥5,077.50');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(penalty).toBeFocused();

    // A figure of the month itself: the budget behind the capacity, in the opened month.
    const capacity = expected.schedule[2]?.capacity ?? '';
    await table.getByRole('button', { name: '2027年2月', exact: true }).click();
    await table
      .getByRole('button', {
        name: `2027年2月，可用于还债：${shown(capacity, 'zh-CN')}，查看计算过程`,
      })
      .click();
    const budget = page.getByRole('dialog', { name: /2027年2月 · 可用于还债/ });
    await expect(budget).toContainText(`可用于还债 ${shown(capacity, 'zh-CN')} = 收入 ¥14,000.00`);
    await budget.getByRole('button', { name: '关闭' }).click();
    await expect(budget).toBeHidden();
  });
});

test.describe('with the keyboard', () => {
  test.use({ locale: 'zh-CN' });

  test('the table is one tab stop; the arrows, Home/End and Page Up/Down move focus', async ({
    page,
  }) => {
    await importScenarioFile(page, scenarioFile);
    await openApp(page, 'schedule');
    const table = page.getByRole('grid');
    const paid = (month: string) =>
      table.getByRole('button', { name: new RegExp(`^${month}，实还合计：.*查看计算过程$`) });
    await page.getByLabel('跳到年份').focus();
    await page.keyboard.press('Tab');
    const december = table.getByRole('button', { name: '2026年12月', exact: true });
    await expect(december).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(paid('2026年12月')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(paid('2027年1月')).toBeFocused();
    await page.keyboard.press('PageDown');
    await expect(paid('2028年1月')).toBeFocused();
    await page.keyboard.press('PageUp');
    await expect(paid('2027年1月')).toBeFocused();

    // Enter explains the figure; closing the explanation returns to the same cell.
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^2027年1月 · 实还/ });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(paid('2027年1月')).toBeFocused();

    // Tab leaves the table in one step, and Shift+Tab comes back to where the person was.
    await page.keyboard.press('Tab');
    await expect(table.locator(':focus')).toHaveCount(0);
    await page.keyboard.press('Shift+Tab');
    await expect(paid('2027年1月')).toBeFocused();

    // End goes to the line's last figure (the balance), Home back to the month's name.
    await page.keyboard.press('End');
    await expect(page.locator(':focus')).toHaveAttribute('data-cell', '6');
    await page.keyboard.press('Home');
    await expect(table.getByRole('button', { name: '2027年1月', exact: true })).toBeFocused();
    await page.keyboard.press('Control+End');
    await expect(page.locator(':focus')).toHaveAttribute('data-cell', '6');
    await expect(table.locator('tbody tr').filter({ has: page.locator(':focus') })).toHaveAttribute(
      'aria-rowindex',
      String(expected.schedule.length + 1),
    );
    await page.keyboard.press('Control+Home');
    await expect(december).toBeFocused();
  });
});

test.describe('with the keyboard, in a plan longer than the window', () => {
  test.use({ locale: 'en' });

  test('Ctrl+End and Page Up reach months that were not drawn, and focus them', async ({
    page,
  }) => {
    await importScenarioFile(page, `${fixtures}/01-single-loan-monthly.scenario.json`);
    await openApp(page, 'schedule');
    const table = page.getByRole('grid');
    const rows = table.locator('tbody tr[aria-rowindex]');
    await expect(rows.first()).toBeVisible();
    // Only a window of the 60 months is in the page.
    expect(await rows.count()).toBeLessThan(60);
    await table
      .getByRole('button', { name: /^[A-Z][a-z]{2} \d{4}$/ })
      .first()
      .focus();
    await page.keyboard.press('Control+End');
    const focusedRow = () => table.locator('tbody tr').filter({ has: page.locator(':focus') });
    await expect(focusedRow()).toHaveAttribute('aria-rowindex', '61');
    await expect(page.locator(':focus')).toBeInViewport();
    await page.keyboard.press('PageUp');
    await expect(focusedRow()).toHaveAttribute('aria-rowindex', '49');
    await page.keyboard.press('Control+Home');
    await expect(focusedRow()).toHaveAttribute('aria-rowindex', '2');
    await expect(page.locator(':focus')).toBeInViewport();
  });
});

test.describe('in English', () => {
  test.use({ locale: 'en' });

  test('a late fee opens with its shortfall, percentage and minimum', async ({ page }) => {
    await importScenarioFile(page, scenarioFile);
    await page.getByRole('link', { name: 'Schedule' }).click();
    const table = page.getByRole('region', { name: /Month-by-month schedule/ });
    const fees = expectedDebt(1, 'card').fees;
    await table.getByRole('button', { name: 'Jan 2027', exact: true }).click();
    await table
      .getByRole('button', {
        name: `信用卡, Jan 2027, Late fees: ${shown(fees, 'en')}, show how it was worked out`,
      })
      .click();
    const dialog = page.getByRole('dialog', { name: '信用卡 · Jan 2027 · Late fees' });
    await expect(dialog).toContainText(
      `Late fee ${shown(fees, 'en')} = shortfall without fees ¥416.35 × 5% = 20.8175, at least ¥10.00.`,
    );
    // The rest of the month is there too: the interest behind the same month.
    await expect(dialog).toContainText(
      'Interest ¥283.32 = principal not overdue ¥18,279.00 × daily rate 0.05% × 31 days',
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

/**
 * The development server, where React's StrictMode mounts every component twice (the e2e runs
 * the production build, where it does not): what only breaks there is a cleanup bug all the same.
 */
test.describe('in development mode, under StrictMode', () => {
  const port = Number(process.env['ASHORE_E2E_PORT'] ?? 4173) + 1000;
  const devURL = `http://127.0.0.1:${port}`;
  let server: ChildProcess | undefined;
  test.use({ locale: 'zh-CN', baseURL: devURL });

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = spawn(
      'node_modules/.bin/vite',
      ['--config', 'vite.web.config.ts', '--port', String(port), '--strictPort'],
      { stdio: 'ignore', detached: true },
    );
    for (const deadline = Date.now() + 90_000; Date.now() < deadline;) {
      const up = await fetch(devURL).then(
        (response) => response.ok,
        () => false,
      );
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`the development server did not start on ${devURL}`);
  });

  test.afterAll(() => {
    if (server?.pid) process.kill(-server.pid);
  });

  test('a figure’s explanation opens, stays open with its working, and closes', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await importScenarioFile(page, scenarioFile);
    await openApp(page, 'schedule');
    const table = page.getByRole('region', { name: /逐月还款明细/ });
    await table.getByRole('button', { name: '2026年12月', exact: true }).click();
    const penalty = table.getByRole('button', {
      name: `花呗，2026年12月，罚息：${shown(expectedDebt(0, 'huabei').penalty, 'zh-CN')}，查看计算过程`,
    });
    await penalty.click();
    const dialog = page.getByRole('dialog', { name: '花呗 · 2026年12月 · 罚息' });
    // The working comes from the worker, well after StrictMode's trial unmount has closed
    // the dialog once: seeing it means the dialog stayed open.
    await expect(dialog).toContainText('罚息 ¥77.50 = 逾期本金 ¥5,000.00 × 日利率 0.05% × 31 天');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect(dialog).toBeHidden();
    await expect(penalty).toBeFocused();
  });

  test('every page and the print view render with no error logged', async ({ page }) => {
    test.setTimeout(120_000);
    await importScenarioFile(page, scenarioFile);
    // The console fixture fails the test on any error these pages log or throw.
    for (const route of routes) {
      await openApp(page, route);
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    }
    await page.goto('/#/print');
    await page.waitForSelector(printReadySelector, { state: 'attached', timeout: 60_000 });
    // A lender's packet is a print view of its own: a page of its own, as the export opens it.
    const packet = await page.context().newPage();
    await packet.goto('/#/print/lender/huabei?privacy=full&others=1');
    await packet.waitForSelector(printReadySelector, { state: 'attached', timeout: 60_000 });
    await expect(packet.getByRole('heading', { level: 1 })).toContainText('花呗');
  });
});
