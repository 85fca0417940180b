import { readFileSync, readdirSync } from 'node:fs';
import { expect, openApp, test } from './fixtures';

/**
 * The Chromium that the web tests, the UI benchmark and the `pdf` command drive is launched with
 * chromiumArgs (src/cli/findChromium.ts). These tests hold what those flags are for: the browser
 * does no work beside the app's page that an Ashore window never does, and our
 * --disable-features, which replaces Playwright's own, drops none of Playwright's.
 */

test('no address-bar page is built beside the app', async ({ page, browser }) => {
  await openApp(page);
  await expect(page.locator('main#main h1')).toBeVisible();
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach();
  // Without our flags, Chromium 156 lists chrome://omnibox-popup.top-chrome/ and its AI-mode
  // page here, built for the new window while the app loads.
  expect(
    targetInfos.map((target) => target.url).filter((url) => url.startsWith('chrome:')),
  ).toEqual([]);
});

/** The arguments of every running Chromium that Playwright launched, read from Linux's /proc. */
function launchedChromiums(): string[][] {
  const found: string[][] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let args: string[];
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // the process ended meanwhile
    }
    // Playwright talks to the browser process over a pipe; its child processes have no such flag.
    if (args.includes('--remote-debugging-pipe')) found.push(args);
  }
  return found;
}

test('our --disable-features keeps every feature Playwright disables', async ({ page }) => {
  test.skip(process.platform !== 'linux', 'reads the browser command line from /proc (Linux)');
  await openApp(page);
  const browsers = launchedChromiums();
  expect(browsers.length, 'the browser under test was found').toBeGreaterThan(0);
  for (const args of browsers) {
    const lists = args
      .filter((arg) => arg.startsWith('--disable-features='))
      .map((arg) => arg.slice('--disable-features='.length).split(','));
    // Chromium applies only the last one: Playwright's comes first, ours after it.
    const applied = lists.at(-1) ?? [];
    for (const list of lists) expect(applied).toEqual(expect.arrayContaining(list));
    expect(applied).toEqual(expect.arrayContaining(['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']));
  }
});
