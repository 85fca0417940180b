import AxeBuilder from '@axe-core/playwright';
import { routes, secondaryRoutes } from '../../../src/renderer/app/routes';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';

const everyPage = [...routes, ...secondaryRoutes];

/**
 * Two small windows. 800×600 is a small laptop window. 200 % zoom is emulated the way Chromium
 * applies it: a 1366×768 window at 200 % lays the page out in 683×384 CSS pixels, each drawn
 * with 2×2 device pixels (deviceScaleFactor 2), so media queries and widths see what a zoomed
 * page sees.
 */
const smallWindow = {
  name: '800×600',
  viewport: { width: 800, height: 600 },
  deviceScaleFactor: 1,
};
const windows = [
  smallWindow,
  { name: '200 % zoom', viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 },
];
const english = { name: 'English', locale: 'en-US' };
const languages = [{ name: 'Chinese', locale: 'zh-CN' }, english];
/** Each language in each window with a light system, and once with the system in dark mode. */
const cases = [
  ...languages.flatMap((language) =>
    windows.map((size) => ({ language, size, colorScheme: 'light' as const })),
  ),
  { language: english, size: smallWindow, colorScheme: 'dark' as const },
];

for (const { language, size, colorScheme } of cases) {
  test.describe(`${language.name}, ${size.name}, ${colorScheme} system`, () => {
    test.use({
      locale: language.locale,
      viewport: size.viewport,
      deviceScaleFactor: size.deviceScaleFactor,
      colorScheme,
    });

    test('no page scrolls sideways and none has an axe violation', async ({ page }) => {
      test.setTimeout(180_000);
      // Three debts with agreements of each kind: every table, chart and card has rows.
      await importScenarioFile(page, fixtureFile('07-agreements.scenario.json'));
      for (const route of everyPage) {
        await openApp(page, route);
        // Each chart's table view too: the widest content a page can show.
        const tableViews = page.getByRole('button', { name: /^(表格|Table)$/, pressed: false });
        while ((await tableViews.count()) > 0) await tableViews.first().click();
        const width = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          inner: window.innerWidth,
        }));
        expect
          .soft(width.scroll, `#/${route} is no wider than the window`)
          .toBeLessThanOrEqual(width.inner);
        const { violations } = await new AxeBuilder({ page }).analyze();
        const found = violations.map((v) => ({
          id: v.id,
          nodes: v.nodes.map((node) => node.target.join(' ')),
        }));
        expect.soft(found, `axe on #/${route}`).toEqual([]);
      }
    });
  });
}

test.describe('keyboard', () => {
  test.use({ locale: 'zh-CN' });

  test('the skip link moves focus into the page and stays on it', async ({ page }) => {
    await openApp(page, 'debts');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '跳到正文' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    expect(new URL(page.url()).hash).toBe('#/debts');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('债务');
  });

  test('a navigation link moves focus to the new page heading', async ({ page }) => {
    await openApp(page, 'home');
    const link = page.getByRole('navigation').getByRole('link', { name: '预算' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('预算');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('after deleting, undoing, moving and choosing, focus lands where the person is', async ({
    page,
  }) => {
    await importScenarioFile(page, fixtureFile('07-agreements.scenario.json'));
    await openApp(page, 'debts');
    const rows = page.locator('table.debts-table tbody tr');
    await expect(rows).toHaveCount(3);
    await page.getByRole('button', { name: '删除“借呗”' }).focus();
    await page.keyboard.press('Enter');
    await expect(rows).toHaveCount(2);
    await expect(page.getByRole('heading', { name: '你的债务' })).toBeFocused();
    const undoBar = page.getByRole('status').filter({ hasText: '已删除“借呗”' });
    await expect(undoBar).toBeVisible();
    // Ctrl+Z outside a field brings the debt back.
    await page.keyboard.press('Control+z');
    await expect(rows).toHaveCount(3);
    await expect(undoBar).toBeHidden();

    await openApp(page, 'strategies');
    const up = page.getByRole('button', { name: '上移“借呗”' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(up).toBeDisabled();
    await expect(page.getByRole('button', { name: '下移“借呗”' })).toBeFocused();

    await page.getByRole('button', { name: '选用 先还成本最高的（雪崩法）' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: '策略比较' })).toBeFocused();
    await expect(page.getByRole('row', { name: /雪崩法）（当前）/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: '策略比较' })).toBeFocused();
  });

  test('Settings › Appearance turns the app dark, and charts stay light', async ({ page }) => {
    await importScenarioFile(page, fixtureFile('07-agreements.scenario.json'));
    await openApp(page, 'settings');
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await background()).toBe('rgb(246, 248, 247)');
    await page.getByLabel('外观').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background()).toBe('rgb(17, 25, 23)');

    await page.reload();
    await expect(page.getByLabel('外观')).toHaveValue('dark');
    await page.getByRole('navigation').getByRole('link', { name: '总览' }).click();
    const chart = page.locator('figure.chart').first();
    await expect(chart).toBeVisible();
    expect(await chart.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
  });

  test('answering the import preview returns focus to its section', async ({ page }) => {
    await openApp(page, 'data');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: /^导入情景/ }).click();
    await (await chooser).setFiles(fixtureFile('07-agreements.scenario.json'));
    await expect(page.getByRole('region', { name: '即将导入的情景' })).toContainText(
      '信用卡、借呗和朋友借款',
    );
    await page.getByRole('button', { name: '导入，替换当前数据' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').first()).toContainText('已导入情景');
    await expect(page.getByRole('heading', { name: '情景文件' })).toBeFocused();
  });

  test('saving and deleting a contact entry leave focus on the contact log', async ({ page }) => {
    await importScenarioFile(page, fixtureFile('07-agreements.scenario.json'));
    await openApp(page, 'negotiation');
    await page
      .getByRole('navigation', { name: '选择机构' })
      .getByRole('link', { name: /^借呗/ })
      .click();
    const log = page.getByRole('region', { name: '协商记录', exact: true });
    const heading = log.getByRole('heading', { name: '协商记录' });
    await log.getByRole('button', { name: '新增记录' }).click();
    await log.getByLabel('我说了什么').fill('申请停息挂账');
    await log.getByRole('button', { name: '保存记录' }).focus();
    await page.keyboard.press('Enter');
    await expect(log.getByText('申请停息挂账')).toBeVisible();
    await expect(heading).toBeFocused();

    await log.getByRole('listitem').getByRole('button', { name: /^删除/ }).focus();
    await page.keyboard.press('Enter');
    await expect(log.getByText('申请停息挂账')).toBeHidden();
    await expect(heading).toBeFocused();
  });

  test('the undo offer stays while it has focus, and goes after its time once left', async ({
    page,
  }) => {
    await page.clock.install();
    await importScenarioFile(page, fixtureFile('07-agreements.scenario.json'));
    await openApp(page, 'debts');
    await page.getByRole('button', { name: '删除“借呗”' }).click();
    const undo = page.getByRole('button', { name: '撤销' });
    await undo.focus();
    await page.clock.runFor(60_000);
    await expect(undo).toBeVisible();

    await page.getByRole('heading', { name: '你的债务' }).focus();
    await page.clock.runFor(16_000);
    await expect(undo).toBeHidden();
  });

  test.describe('in a narrow window', () => {
    test.use({ viewport: { width: 800, height: 600 } });

    test('the menu button opens the navigation, Escape closes it and returns focus', async ({
      page,
    }) => {
      await openApp(page, 'home');
      const menu = page.getByRole('button', { name: '菜单' });
      const budget = page.getByRole('navigation').getByRole('link', { name: '预算' });
      await expect(budget).toBeHidden();
      await menu.focus();
      await page.keyboard.press('Enter');
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('navigation').getByRole('link', { name: '总览' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(budget).toBeHidden();
      await expect(menu).toBeFocused();
      await expect(menu).toHaveAttribute('aria-expanded', 'false');

      await page.keyboard.press('Enter');
      await budget.click();
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      await expect(budget).toBeHidden();
    });
  });
});
