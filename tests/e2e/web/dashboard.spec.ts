import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { routes } from '../../../src/renderer/app/routes';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';

const scenario = fixtureFile('03-mixed-avalanche.scenario.json');

interface PlanSummary {
  affordableMonthly: string;
  debtFreeDate: string;
  totalInterest: string;
  totalPenalty: string;
  totalFees: string;
  dailyCostNow: string;
}

/** The plan command's own output for the fixture: the dashboard must show the same figures. */
function planCommand(file: string): { summary: PlanSummary } {
  const output = execFileSync('node_modules/.bin/tsx', ['src/cli/plan.ts', file], {
    encoding: 'utf8',
  });
  return JSON.parse(output) as { summary: PlanSummary };
}

const cents = (amount: string) => Math.round(Number(amount) * 100);
const yuan = (c: number, locale: string) =>
  new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
  }).format(c / 100);

async function figure(page: Page, label: string) {
  return page.locator('.figure').filter({ hasText: label }).locator('.figure-value');
}

for (const { locale, words } of [
  {
    locale: 'zh-CN',
    words: {
      affordable: '每月最多可还',
      date: '预计上岸日期',
      cost: '未来要付的利息、罚息和费用',
      daily: '每拖一天多付',
    },
  },
  {
    locale: 'en-US',
    words: {
      affordable: 'Most you can pay each month',
      date: 'Debt-free date',
      cost: 'Interest, penalty and fees ahead',
      daily: 'Each day of waiting costs',
    },
  },
]) {
  test.describe(`dashboard in ${locale}`, () => {
    test.use({ locale });

    test('shows the figures of the plan command for a fixture household', async ({ page }) => {
      const { summary } = planCommand(scenario);
      await importScenarioFile(page, scenario);
      await openApp(page, 'home');
      const language = locale === 'zh-CN' ? 'zh-CN' : 'en';
      await expect(await figure(page, words.affordable)).toHaveText(
        yuan(cents(summary.affordableMonthly), language),
      );
      const [y, m, d] = summary.debtFreeDate.split('-').map(Number) as [number, number, number];
      const date = new Intl.DateTimeFormat(language, {
        dateStyle: 'medium',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(y, m - 1, d)));
      await expect(await figure(page, words.date)).toHaveText(date);
      const cost =
        cents(summary.totalInterest) + cents(summary.totalPenalty) + cents(summary.totalFees);
      await expect(await figure(page, words.cost)).toHaveText(yuan(cost, language));
      await expect(await figure(page, words.daily)).toHaveText(
        yuan(cents(summary.dailyCostNow), language),
      );
    });
  });
}

test.describe('more debts than colours', () => {
  test.use({ locale: 'zh-CN' });

  test('the charts draw the debts that owe the least together, and the table lists each', async ({
    page,
  }) => {
    // The fixture's three debts and seven more, owing less: ten debts, eight colours.
    const household = JSON.parse(readFileSync(scenario, 'utf8')) as {
      debts: { id: string; name: string; principal: string }[];
    };
    const [first] = household.debts;
    const extra = Array.from({ length: 7 }, (_, k) => ({
      ...first,
      id: `small${k}`,
      name: `小额借款${k + 1}`,
      principal: `${300 + k * 100}.00`,
    }));
    household.debts = [...household.debts, ...extra];
    const file = join(mkdtempSync(join(tmpdir(), 'ashore-')), 'ten-debts.scenario.json');
    writeFileSync(file, JSON.stringify(household));
    await importScenarioFile(page, file);
    await openApp(page, 'home');

    const payoff = page.locator('figure.chart').filter({ hasText: '每笔债务的余额' });
    // Below the fold, a chart is drawn as it comes near the view.
    await payoff.scrollIntoViewIfNeeded();
    // Seven debts apart (the three large, then the four largest small ones), the rest as one.
    await expect(payoff.locator('.chart-legend-text')).toHaveText([
      '花呗',
      '微粒贷',
      '信用卡',
      '小额借款4',
      '小额借款5',
      '小额借款6',
      '小额借款7',
      '其余 3 笔债务',
    ]);
    await expect(payoff.locator('.chart-caption')).toContainText('其余 3 笔合为灰色一块');
    // The seven small loans are paid off in one month: their line names the first and the count.
    await expect(
      payoff.locator('svg text').filter({ hasText: '还清：小额借款1 等 7 笔' }),
    ).toHaveCount(1);
    // The tooltip is set up when the pointer first comes over the drawing, and follows it.
    const drawing = payoff.locator('.recharts-surface');
    await drawing.hover({ position: { x: 200, y: 120 } });
    await drawing.hover({ position: { x: 210, y: 120 } });
    await expect(payoff.locator('.chart-tooltip')).toContainText('其余 3 笔债务');
    // The payments chart draws its bars itself: its tooltip names them as its legend does.
    const payments = page.locator('figure.chart').filter({ hasText: '每月还给谁' });
    await payments.scrollIntoViewIfNeeded();
    const bars = payments.locator('.recharts-surface');
    await bars.hover({ position: { x: 200, y: 120 } });
    await bars.hover({ position: { x: 210, y: 120 } });
    await expect(payments.locator('.chart-tooltip')).toContainText('其余 3 笔债务');
    await expect(payments.locator('.chart-tooltip')).toContainText('可用于还债');
    await payoff.getByRole('button', { name: '表格' }).click();
    for (const name of ['小额借款1', '小额借款2', '小额借款3']) {
      await expect(payoff.getByRole('columnheader', { name })).toBeVisible();
    }
  });
});

test.describe('strategies and what-ifs', () => {
  test.use({ locale: 'zh-CN' });

  test('switching strategy changes the charts', async ({ page }) => {
    await importScenarioFile(page, scenario);
    await openApp(page, 'home');
    const payoff = page.locator('figure.chart').filter({ hasText: '每笔债务的余额' });
    await payoff.getByRole('button', { name: '表格' }).click();
    const before = await payoff.locator('table').innerText();

    await openApp(page, 'strategies');
    const snowball = page.getByRole('row', { name: /滚雪球法/ });
    await snowball.getByRole('button', { name: '选用' }).click();
    await expect(page.getByRole('row', { name: /滚雪球法.*（当前）/ })).toBeVisible();

    await openApp(page, 'home');
    await payoff.getByRole('button', { name: '表格' }).click();
    await expect.poll(() => payoff.locator('table').innerText()).not.toBe(before);
  });

  test('a what-if changes nothing saved until it is applied', async ({ page }) => {
    await importScenarioFile(page, scenario);
    await openApp(page, 'strategies');
    await page.getByLabel('每月最多还').fill('1000');
    const effect = page.locator('.what-if-effect');
    await expect(effect).toBeVisible();
    await expect(effect).not.toContainText('上岸日期不变');

    // Elsewhere, the saved plan is untouched.
    await openApp(page, 'budget');
    await expect(page.getByLabel('每月还款上限（可选）')).toHaveValue('');
    await openApp(page, 'home');
    await expect(await figure(page, '预计上岸日期')).toHaveText('2028年3月1日');

    await openApp(page, 'strategies');
    await page.getByLabel('每月最多还').fill('1000');
    await page.getByRole('button', { name: '应用到我的计划' }).click();
    await expect(page.getByText('已应用到计划。')).toBeVisible();
    await openApp(page, 'budget');
    await expect(page.getByLabel('每月还款上限（可选）')).toHaveValue('1000.00');
    await openApp(page, 'home');
    await expect(await figure(page, '预计上岸日期')).not.toHaveText('2028年3月1日');
  });
});

test.describe('accessibility', () => {
  test.use({ locale: 'zh-CN' });

  for (const route of routes) {
    test(`no serious or critical axe violations on #/${route}`, async ({ page }) => {
      test.setTimeout(90_000);
      await importScenarioFile(page, scenario);
      await openApp(page, route);
      const results = await new AxeBuilder({ page }).analyze();
      const grave = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')} ${v.help}`);
      expect(grave).toEqual([]);
    });
  }
});
