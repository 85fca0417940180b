import { routes } from '../../../src/renderer/app/routes';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';

/**
 * One session through the whole app with a real household: every page, the print view, a
 * what-if and an explanation. The fixture fails the test if any request left the app's
 * origin; this test also refuses any WebSocket, any http(s) request to another host, and any
 * service worker (which could fetch or cache behind the page's back).
 */
test.use({ locale: 'zh-CN' });

test('a whole session makes no request beyond the app itself', async ({
  page,
  context,
  requests,
  baseURL,
}) => {
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));

  await importScenarioFile(page, fixtureFile('03-mixed-avalanche.scenario.json'));

  for (const route of routes) {
    await openApp(page, route);
    await expect(page.locator('main#main h1')).toBeVisible();
  }

  // A what-if: a monthly cap tried without changing the plan.
  await openApp(page, 'strategies');
  await page.getByLabel('每月最多还').fill('1000');
  await expect(page.locator('.what-if-effect')).toBeVisible();

  // An explanation of one figure of the schedule.
  await openApp(page, 'schedule');
  await page
    .getByRole('button', { name: /查看计算过程/ })
    .first()
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');

  // The print view of the whole plan.
  await page.goto('/#/print/zh-CN');
  await expect(page.getByText('花呗').first()).toBeVisible();

  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173');
  const elsewhere = requests.filter((url) => {
    const parsed = new URL(url);
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return false;
    return !/^https?:$/.test(parsed.protocol) || parsed.host !== origin.host;
  });
  expect(elsewhere, 'requests to another host or scheme').toEqual([]);
  expect(sockets, 'WebSockets opened').toEqual([]);
  expect(requests.filter((url) => /^wss?:/.test(url))).toEqual([]);
  expect(
    await page.evaluate(async () =>
      'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
    ),
    'service workers registered',
  ).toBe(0);
  expect(context.serviceWorkers(), 'service workers running').toEqual([]);
});
