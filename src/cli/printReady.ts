import type { Page } from '@playwright/test';

/** The part of the page's `document` the mark is read from (this file has no DOM types). */
interface MarkedDocument {
  documentElement: { dataset: Record<string, string | undefined> };
}

/**
 * Waits for the print view's ready mark (printReadyScript in printOptions.ts), looking on every
 * animation frame. Playwright's waitForSelector backs off to looks 500 ms apart, so a view ready
 * just after one waited up to half a second more for its PDF. A function, not the script's
 * string: the page's CSP forbids evaluating strings.
 */
export async function waitForPrintReady(page: Page, timeoutMs = 60_000): Promise<void> {
  await page.waitForFunction(
    () =>
      (globalThis as unknown as { document: MarkedDocument }).document.documentElement.dataset[
        'printReady'
      ] === 'true',
    undefined,
    { polling: 'raf', timeout: timeoutMs },
  );
}
