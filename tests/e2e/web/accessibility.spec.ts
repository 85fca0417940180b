import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { routes, secondaryRoutes } from '../../../src/renderer/app/routes';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';

const everyPage = [...routes, ...secondaryRoutes];
const scenario = fixtureFile('07-agreements.scenario.json');
/** The debts of 07-agreements, as their names appear in tables. */
const debtNames = ['信用卡', '借呗', '朋友借款'];

/** axe on the page as it is now: every violation of any impact, with where it is. */
async function axeFindings(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => ({ id: v.id, nodes: v.nodes.map((node) => node.target.join(' ')) }));
}

/** Each route with nothing entered yet: the empty states, hints and links. */
async function checkEmptyPages(page: Page) {
  for (const route of everyPage) {
    await openApp(page, route);
    expect.soft(await axeFindings(page), `axe on empty #/${route}`).toEqual([]);
  }
}

/**
 * How many lines each debt name in a table cell takes: a name squeezed into a narrow column
 * breaks one character a line ("朋/友/借/款").
 */
async function nameLines(page: Page) {
  return page.evaluate((names) => {
    const lines: { name: string; lines: number }[] = [];
    for (const cell of document.querySelectorAll('main table :is(th, td)')) {
      for (const node of cell.childNodes) {
        const text = node.textContent?.trim() ?? '';
        if (node.nodeType !== Node.TEXT_NODE || !names.includes(text)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        lines.push({ name: text, lines: tops.size });
      }
    }
    return lines;
  }, debtNames);
}

/** Words of the app in each language, to reach each dialog, form and toast. */
const words = {
  'zh-CN': {
    figure: /查看计算过程$/,
    addDebt: '信用卡',
    editDebt: '编辑“借呗”',
    deleteDebt: '删除“朋友借款”',
    undo: '撤销',
    addBudget: /^添加/,
    recordPayment: '记一笔',
    follow: '按这个计划执行',
    replace: '换成现在的计划',
    lenders: '选择机构',
    newEntry: '新增记录',
    importScenario: /^导入情景/,
    confirmImport: '导入，替换当前数据',
  },
  'en-US': {
    figure: /show how it was worked out$/,
    addDebt: 'Credit card',
    editDebt: 'Edit "借呗"',
    deleteDebt: 'Delete "朋友借款"',
    undo: 'Undo',
    addBudget: /^Add/,
    recordPayment: 'Record a payment',
    follow: 'Follow this plan',
    replace: 'Replace with the current plan',
    lenders: 'Choose a lender',
    newEntry: 'New entry',
    importScenario: /^Import scenario/,
    confirmImport: 'Import and replace current data',
  },
} as const;

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
      test.setTimeout(240_000);
      await checkEmptyPages(page);
      // Three debts with agreements of each kind: every table, chart and card has rows.
      await importScenarioFile(page, scenario);
      let namesSeen = 0;
      for (const route of everyPage) {
        await openApp(page, route);
        // The debts page's table names every debt: measured once all its rows are drawn.
        if (route === 'debts')
          await expect
            .poll(async () => (await nameLines(page)).length)
            .toBeGreaterThanOrEqual(debtNames.length);
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
        expect.soft(await axeFindings(page), `axe on #/${route}`).toEqual([]);
        const names = await nameLines(page);
        namesSeen += names.length;
        for (const { name, lines } of names)
          expect.soft(lines, `“${name}” on #/${route} keeps to one or two lines`).toBeLessThan(3);
      }
      // Every debt's name was measured at least once (the debts page); other pages' tables add
      // theirs when they show them.
      expect(namesSeen).toBeGreaterThanOrEqual(debtNames.length);
    });

    test('with each dialog, form and toast open, axe finds nothing', async ({ page }) => {
      test.setTimeout(240_000);
      const w = words[language.locale as keyof typeof words];
      const check = async (what: string) =>
        expect.soft(await axeFindings(page), `axe with ${what}`).toEqual([]);

      // Empty: the first forms a new user opens, and the import preview.
      await openApp(page, 'debts');
      await page.getByRole('button', { name: w.addDebt, exact: true }).click();
      await expect(page.locator('.debts-editor')).toBeVisible();
      await check('a new debt form');
      await openApp(page, 'budget');
      await page.getByRole('button', { name: w.addBudget }).first().click();
      await check('a new budget item form');
      await openApp(page, 'data');
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: w.importScenario }).click();
      await (await chooser).setFiles(scenario);
      await expect(page.getByRole('button', { name: w.confirmImport })).toBeVisible();
      await check('the import preview');
      await page.getByRole('button', { name: w.confirmImport }).click();
      await expect(page.getByRole('status').first()).toContainText(/已导入情景|Imported scenario/);
      await check('the import confirmed');

      // With data.
      await openApp(page, 'schedule');
      await page.getByRole('grid').getByRole('button', { name: w.figure }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await check('an explanation open');
      await page.keyboard.press('Escape');

      await openApp(page, 'debts');
      await page.getByRole('button', { name: w.editDebt }).click();
      await expect(page.locator('.debts-editor')).toBeVisible();
      await check('a debt with agreements being edited');
      await openApp(page, 'debts');
      await page.getByRole('button', { name: w.deleteDebt }).click();
      await expect(page.getByRole('button', { name: w.undo })).toBeVisible();
      await check('the undo offer');
      await page.getByRole('button', { name: w.undo }).click();

      await openApp(page, 'payments');
      await page.getByRole('button', { name: w.recordPayment }).click();
      await check('the payment form');

      await openApp(page, 'home');
      await page.getByRole('button', { name: w.follow }).click();
      await page.getByRole('button', { name: w.replace }).click();
      await check('the baseline replacement asked');

      await openApp(page, 'negotiation');
      await page.getByRole('navigation', { name: w.lenders }).getByRole('link').nth(1).click();
      await page.getByRole('button', { name: w.newEntry }).click();
      await check('a contact entry form');

      // Both windows are narrower than the sidebar needs.
      await page.getByRole('button', { name: /^(菜单|Menu)$/ }).click();
      await check('the navigation menu open');
    });
  });
}

/** An element's text and box, in page pixels. */
interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const overlapping = (list: Box[], others: Box[] = list) =>
  list.flatMap((a, i) =>
    others
      .filter((b, j) => (others !== list || j > i) && overlap(a, b))
      .map((b) => [a.text, b.text]),
  );

for (const language of languages) {
  test.describe(`charts at 200 % zoom, ${language.name}`, () => {
    test.use({
      locale: language.locale,
      viewport: { width: 683, height: 384 },
      deviceScaleFactor: 2,
    });

    // 07-agreements pays three debts off over three years; 02's eight months make the
    // cost chart a year of month labels, each a month apart.
    for (const [file, payoffs] of [
      ['07-agreements.scenario.json', 3],
      ['02-huabei-overdue-daily-penalty.scenario.json', 1],
    ] as const) {
      test(`${file}: month labels, payoff labels and the axis never collide; every payoff is named`, async ({
        page,
      }) => {
        await importScenarioFile(page, fixtureFile(file));
        await openApp(page, 'home');
        // The charts come with the plan: counted once the first is there.
        await expect(page.locator('figure.chart').first()).toBeVisible();
        const charts = await page.locator('figure.chart').all();
        expect(charts.length).toBeGreaterThan(0);
        let payoffCharts = 0;
        for (const chart of charts) {
          // Charts are drawn once in view.
          await chart.scrollIntoViewIfNeeded();
          await expect(chart.locator('.recharts-cartesian-axis-tick-value').first()).toBeVisible();
          const title = (await chart.locator('.chart-title').textContent()) ?? '';
          const within = (selector: string) =>
            chart.locator(selector).evaluateAll((nodes) =>
              nodes.map((node) => {
                const { left, right, top, bottom } = node.getBoundingClientRect();
                return { text: node.textContent ?? '', left, right, top, bottom };
              }),
            );
          const bottom = '.recharts-cartesian-axis-tick-value[orientation="bottom"]';
          // Drawn at its measured width: the labels are there once it has settled.
          await expect.poll(async () => (await within(bottom)).length).toBeGreaterThan(1);
          const ticks = await within(bottom);
          expect.soft(overlapping(ticks), `month labels of “${title}”`).toEqual([]);
          if ((await chart.locator('.payoff-marker').count()) === 0) continue;
          payoffCharts += 1;
          // One line a payoff month, and each line its label.
          await expect(chart.locator('.payoff-marker')).toHaveCount(payoffs);
          const labels = await within('.payoff-marker-label');
          expect(labels.filter((label) => label.text.length > 0)).toHaveLength(payoffs);
          expect(overlapping(labels), 'payoff labels').toEqual([]);
          const money = await within('.recharts-cartesian-axis-tick-value[orientation="left"]');
          expect(overlapping(labels, money), 'payoff labels over the money axis').toEqual([]);
        }
        expect(payoffCharts).toBe(1);
      });
    }

    test('the undo offer covers no row of the debts table', async ({ page }) => {
      await importScenarioFile(page, scenario);
      await openApp(page, 'debts');
      await page
        .getByRole('button', { name: words[language.locale as keyof typeof words].deleteDebt })
        .click();
      const bar = page.locator('.undo-bar');
      await expect(bar).toBeVisible();
      const rows = page.locator('table.debts-table tbody tr');
      await expect(rows).toHaveCount(2);
      for (const row of await rows.all()) {
        // Wherever the row is scrolled to by the keyboard, it stops clear of the bar.
        await row.getByRole('button').first().focus();
        const [rowBox] = await row.evaluateAll((nodes) =>
          nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect),
        );
        const barBox = await bar.evaluate(
          (node) => node.getBoundingClientRect().toJSON() as DOMRect,
        );
        expect(rowBox && rowBox.bottom <= barBox.top).toBe(true);
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
    const heading = log.getByRole('heading', { name: '协商记录', exact: true });
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
