import { contentSecurityPolicy } from '../../../src/shared/csp';
import { expect, openApp, test } from './fixtures';

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the shell renders in 简体中文 by default on a Chinese system', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveTitle('Ashore 上岸');
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('一步一步，上岸');
    await expect(page.getByRole('link', { name: '设置' })).toBeVisible();
  });
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('the shell renders in English on an English system', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Step by step, ashore');
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  });
});

test.describe('settings', () => {
  test.use({ locale: 'zh-CN' });

  test('language and currency survive a reload', async ({ page }) => {
    await openApp(page, 'settings');
    await page.getByLabel('界面语言').selectOption('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');

    const currency = page.getByLabel('Currency');
    await currency.fill('usd');
    await expect(page.getByText('Example: $1,234.50')).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByLabel('Currency')).toHaveValue('USD');
  });

  test('an invalid currency code is explained and not saved', async ({ page }) => {
    await openApp(page, 'settings');
    const currency = page.getByLabel('货币');
    await currency.fill('XYZ');
    await expect(page.getByRole('alert')).toContainText('不是有效的 ISO 4217 货币代码');
    await page.reload();
    await expect(page.getByLabel('货币')).toHaveValue('CNY');
  });
});

test.describe('content security policy', () => {
  // The test makes the page break the policy on purpose; the browser logs each refusal.
  test.use({ expectedConsoleErrors: [/Content Security Policy/] });

  test('the built page carries the strict policy and the browser enforces it', async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (directive: string) => violations.push(directive));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation: (d: string) => void }).reportViolation(
          event.effectiveDirective,
        );
      });
    });
    await openApp(page);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      contentSecurityPolicy,
    );

    const outcome = await page.evaluate(async () => {
      const results: Record<string, string> = {};
      try {
        await fetch('https://example.com/collect');
        results['fetch'] = 'sent';
      } catch (error) {
        results['fetch'] = (error as Error).name;
      }
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      results['inline'] = String((window as unknown as { inlineRan?: boolean }).inlineRan ?? false);
      return results;
    });

    expect(outcome).toEqual({ fetch: 'TypeError', inline: 'false' });
    await expect
      .poll(() => violations.sort())
      .toEqual(expect.arrayContaining(['connect-src', 'script-src-elem']));
  });
});

for (const { locale, link, heading, section } of [
  {
    locale: 'zh-CN',
    link: '计算方法：每个数字是怎么算出来的',
    heading: '计算方法',
    section: '利息与罚息',
  },
  {
    locale: 'en-US',
    link: 'Methodology: how every figure is worked out',
    heading: 'Methodology',
    section: 'Interest and penalty',
  },
]) {
  test.describe(`methodology in ${locale}`, () => {
    test.use({ locale });

    test('is reached from Settings, outside the main navigation', async ({ page }) => {
      await openApp(page, 'settings');
      await page.getByRole('link', { name: link }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByRole('heading', { name: section })).toBeVisible();
      await expect(page.getByRole('navigation').getByRole('link', { name: heading })).toHaveCount(
        0,
      );
    });
  });
}
