/**
 * UI benchmark, in Chromium against the production build of the renderer (not a timed test).
 * Goals (issue #15), on the 10-debt household: an edit shows in the headline within 50 ms and in
 * the chart in view within 100 ms (95th percentile); the overview loads in ≤ 800 ms, first and
 * repeated; the PDF of the plan is made in ≤ 1.2 s. The same edit figures are reported for a
 * 20-debt, 600-month household, and load and "record a payment → overview updated" for a 10-debt
 * household with 24 months of recorded payments. The edits are made in a second window beside the
 * overview's (browser mode); the desktop app has one window, and its own path is reported too: a
 * save on the budget page, then the overview opened from the navigation. Every household reaches
 * the app as a person's data would: a backup file restored on the Data page.
 *
 * Every time is taken inside the page (performance.now(), on the shared clock of the two pages),
 * so Playwright's own round trips are not in it. The last line is machine-read:
 *   bench-ui edit_headline_p95_ms=… edit_chart_p95_ms=… load_ms=… load_repeat_ms=… pdf_ms=…
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  type Browser,
  type BrowserContext,
  type CDPSession,
  type ConsoleMessage,
  type Locator,
  type Page,
  chromium,
} from '@playwright/test';
import type { ScenarioInput } from '../src/core/index';
import { chromiumArgs, findChromium, noChromiumMessage } from '../src/cli/findChromium';
import { serveFolder } from '../src/cli/staticServer';
import { waitForPrintReady } from '../src/cli/printReady';
import { playwrightPdfOptions } from '../src/shared/printOptions';
import { backupFileOf, livedFor } from './uiBackup';
import { longHousehold, uiHousehold } from './uiHousehold';
import { READY_MESSAGE, installOverviewProbes } from './uiProbes';

const LOADS = 5;
/**
 * Twenty of each timed edit: the 95th percentile of twenty is the second-highest, of ten it was
 * the highest, and one edit that met a busy moment of the machine decided the figure.
 */
const EDITS = 20;
const LONG_EDITS = 20;
const PAYMENTS = 20;
/** Overviews opened after a save, in one window. */
const OPENS = 20;
const PDFS = 5;
const VIEWPORT = { width: 1366, height: 900 };

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const median = (samples: number[]) => percentile(samples, 50);

function report(label: string, samples: number[]): void {
  const line = `${label}: median ${median(samples).toFixed(0)} ms, p95 ${percentile(samples, 95).toFixed(0)} ms, max ${Math.max(...samples).toFixed(0)} ms over ${samples.length}`;
  process.stdout.write(`${line}\n`);
}

/**
 * How busy the machine was, as Linux's pressure stall information tells it: the share of the
 * last minute in which some runnable task waited for a CPU. The same build's figures move by a
 * third between a quiet machine and a busy one, so each run says which it had. Null where the
 * system does not report it.
 */
function cpuPressure(): string | null {
  try {
    const some = /^some avg10=\S+ avg60=(\S+)/m.exec(readFileSync('/proc/pressure/cpu', 'utf8'));
    return some ? `${some[1]} %` : null;
  } catch {
    return null;
  }
}

/** The household restored from its backup on the Data page, as a person would. */
async function restoreBackup(page: Page, url: string, file: string): Promise<void> {
  await page.goto(`${url}/#/data`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /从备份恢复/ }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: '恢复，替换当前数据' }).click();
  await page.getByRole('status').filter({ hasText: '已恢复' }).first().waitFor();
}

/** A context that sees the probes of uiProbes.ts in every page. */
async function probedContext(
  browser: Browser,
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: VIEWPORT,
    ...(storageState ? { storageState } : {}),
  });
  // As text: tsx (esbuild, keepNames) wraps the probes' inner functions in a `__name` helper
  // that exists only in this process, so the page gets a stand-in.
  await context.addInitScript({
    content: `var __name = (f) => f; (${installOverviewProbes.toString()})();`,
  });
  return context;
}

/**
 * Milliseconds from navigation start to an interactive overview (its figures, and the charts it
 * draws at once), as the page's probes tell it on the console once `url` is opened. Listened for
 * before the navigation starts. Waiting inside the page instead (waitForFunction) evaluated
 * Playwright's injected script there during the load: 30–36 ms of the page's main thread,
 * counted in the load it measured.
 */
async function openOverviewAt(page: Page, url: string): Promise<number> {
  const ready = readyAt(page);
  await page.goto(`${url}/#/home`);
  return ready;
}

/** The "bench-ready" message of the page's probes (see openOverviewAt). */
function readyAt(page: Page): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      page.off('console', listener);
      reject(new Error('the overview did not become interactive within 30 s'));
    }, 30_000);
    const listener = (message: ConsoleMessage) => {
      const ready = READY_MESSAGE.exec(message.text());
      if (!ready) return;
      clearTimeout(timer);
      page.off('console', listener);
      resolve(Number(ready[1]));
    };
    page.on('console', listener);
  });
}

/** The page's main-thread busy time so far, in ms. */
async function mainThreadWork(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

interface LoadTimes {
  first: number[];
  repeat: number[];
  /** The page's main-thread work until then (CDP TaskDuration, ms). */
  firstWork: number[];
  repeatWork: number[];
}

/** One navigation to the overview: how long until interactive, how much work. */
async function timeLoad(page: Page, cdp: CDPSession, url: string) {
  const before = await mainThreadWork(cdp);
  const time = await openOverviewAt(page, url);
  return { time, work: (await mainThreadWork(cdp)) - before };
}

/**
 * First loads — each in a fresh browser profile holding only the household's IndexedDB (no
 * HTTP or code cache) — and repeated loads: the overview opened again in a new tab of the same
 * profile, its caches warm (a new tab rather than a reload: its work counter starts at zero).
 */
async function measureLoads(
  browser: Browser,
  stored: BrowserContext,
  url: string,
): Promise<LoadTimes> {
  const storageState = await stored.storageState({ indexedDB: true });
  const loads: LoadTimes = { first: [], repeat: [], firstWork: [], repeatWork: [] };
  for (let i = 0; i < LOADS; i++) {
    const context = await probedContext(browser, storageState);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { time, work } = await timeLoad(page, cdp, url);
    loads.first.push(time);
    loads.firstWork.push(work);
    await context.close();
  }
  // Warms the profile's caches (HTTP, compiled code), as a first visit does.
  const warm = await stored.newPage();
  await openOverviewAt(warm, url);
  await warm.close();
  for (let i = 0; i < LOADS; i++) {
    const page = await stored.newPage();
    const cdp = await stored.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { time, work } = await timeLoad(page, cdp, url);
    loads.repeat.push(time);
    loads.repeatWork.push(work);
    await page.close();
  }
  return loads;
}

interface EditTimes {
  headline: number[];
  chart: number[];
  /**
   * The overview's main-thread work per edit (CDP TaskDuration, ms): what the edit cost the
   * page, whatever else the machine is doing — the figure to compare changes by on a busy one.
   */
  work: number[];
  /** DOM changes (mutation records) in the overview per edit: deterministic, unlike time. */
  changes: number[];
}

/**
 * The overview, scrolled so its first chart is in view: the window the figures are read from.
 * The edits are made in a second window of the same app (see openEditor), kept live by Dexie's
 * cross-window queries: save → IndexedDB → live query → planning worker → render.
 */
async function openOverview(
  context: BrowserContext,
  url: string,
): Promise<{ overview: Page; cdp: CDPSession }> {
  const overview = await context.newPage();
  const cdp = await context.newCDPSession(overview);
  await cdp.send('Performance.enable');
  await openOverviewAt(overview, url);
  await overview.locator('.dashboard-charts figure.chart').first().scrollIntoViewIfNeeded();
  // The charts the scroll brought near are drawn, animated, before the first edit: a person
  // looks, switches windows and types before saving, and the first edits were timed while
  // those drawings still ran (99 and 63 ms to the headline against ~30 after).
  await overview.evaluate(() => window.__bench.whenQuiet());
  return { overview, cdp };
}

/**
 * The page the edits are made on, in a window of its own beside the overview's, as a person
 * would arrange two windows to watch the overview while editing. (A second tab, as before, is
 * a page nobody sees: the browser drew no frames for it, and after each save its main thread
 * stalled 15–25 ms before answering the database, which the edit's times then counted.)
 * Opened without an opener, so it runs in a process of its own, as another window would.
 */
async function openEditor(overview: Page, url: string): Promise<Page> {
  const opened = overview.context().waitForEvent('page');
  await overview.evaluate((address) => {
    window.open(address, '_blank', 'popup,noopener,width=1366,height=900');
  }, url);
  const editor = await opened;
  await editor.waitForLoadState();
  return editor;
}

/**
 * One edit, timed from the save press in the editor's window (the edit's input event) to the
 * overview's headline showing new figures, and to the chart in view's last redraw of them.
 */
async function timeEdit(
  editor: Page,
  overview: Page,
  cdp: CDPSession,
  edits: EditTimes,
): Promise<void> {
  await overview.evaluate(() => window.__bench.watchEdit());
  const workBefore = await mainThreadWork(cdp);
  // Pressed inside the page: the press's own moment is the start, without Playwright's round
  // trip and its wait for the button to be stable.
  const start = await editor.evaluate(() => {
    const form = document.querySelector('form.payment-form') ?? document;
    const save = [...form.querySelectorAll('button')].find((b) => b.textContent === '保存');
    const at = performance.timeOrigin + performance.now();
    save?.click();
    return at;
  });
  await recordEdit(overview, cdp, { start, workBefore }, edits);
}

/**
 * Waits for the probes of `page` to see the edit through (watchEdit, watchOpen), and records its
 * times from `start` and the page's main-thread work since `workBefore`.
 */
async function recordEdit(
  page: Page,
  cdp: CDPSession,
  { start, workBefore }: { start: number; workBefore: number },
  edits: EditTimes,
): Promise<void> {
  const done = await page.waitForFunction(() => window.__bench.edit.done, undefined, {
    timeout: 15_000,
  });
  const { headlineAt, chartAt, changes } = (await done.jsonValue()) as {
    headlineAt: number;
    chartAt: number;
    changes: number;
  };
  edits.changes.push(changes);
  edits.headline.push(headlineAt - start);
  edits.chart.push(chartAt - start);
  edits.work.push((await mainThreadWork(cdp)) - workBefore);
}

const yesterday = () => {
  const date = new Date(Date.now() - 86_400_000);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

/** The `i`th edit of the first income on the budget page, filled in: one of two amounts. */
async function fillIncome(page: Page, i: number): Promise<Locator> {
  const incomes = page.getByRole('region', { name: '收入', exact: true });
  await incomes.getByRole('button', { name: '编辑“工资”' }).click();
  await incomes.getByLabel('金额', { exact: true }).fill(String(11000 + ((i % 2) + 1) * 37));
  return incomes;
}

/** The `i`th payment on the payments page, filled in: made yesterday, a little more each time. */
async function fillPayment(page: Page, i: number): Promise<Locator> {
  await page.getByRole('button', { name: '记一笔还款' }).click();
  const form = page.locator('form.payment-form');
  await form.getByLabel('还给').selectOption({ label: '朋友借款' });
  await form.getByLabel('还款日期').fill(yesterday());
  await form.getByLabel('金额').fill(String(300 + i * 10));
  return form;
}

/**
 * The first income's amount edited on the budget page, alternating between two figures, in a
 * second window (browser mode: the desktop app has one, see measureOpenAfter).
 */
async function measureBudgetEdits(
  context: BrowserContext,
  url: string,
  count: number,
): Promise<EditTimes> {
  const { overview, cdp } = await openOverview(context, url);
  const editor = await openEditor(overview, `${url}/#/budget`);
  const edits: EditTimes = { headline: [], chart: [], work: [], changes: [] };
  for (let i = 0; i < count; i++) {
    await fillIncome(editor, i);
    await timeEdit(editor, overview, cdp, edits);
  }
  await Promise.all([editor.close(), overview.close()]);
  return edits;
}

/**
 * How long after a save the person opens the overview: the pointer goes from the form's save
 * button to the navigation, at least half a second for most people.
 */
const OPEN_AFTER_SAVE_MS = 600;

/** A change saved in one window: the navigation link of its page, and how it is saved. */
interface Save {
  link: string;
  /** Fills in and saves the `i`th change; resolves once it is saved. */
  save(page: Page, i: number): Promise<void>;
}

/** The first income's amount, on the budget page. */
const incomeSave: Save = {
  link: '预算',
  async save(page, i) {
    const incomes = await fillIncome(page, i);
    await incomes.getByRole('button', { name: '保存' }).click();
    await incomes.getByRole('button', { name: '编辑“工资”' }).waitFor();
  },
};

/** A payment recorded, on the payments page. */
const paymentSave: Save = {
  link: '还款记录',
  async save(page, i) {
    const form = await fillPayment(page, i);
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached' });
  },
};

/**
 * The desktop app's own path: it has one window, so a change is saved on its page and then seen
 * by opening the overview from the navigation. Timed from that click, inside the page, to the
 * overview's figures of the new plan and to its first chart drawn (watchOpen).
 */
async function measureOpenAfter(
  context: BrowserContext,
  url: string,
  count: number,
  { link, save }: Save,
): Promise<EditTimes> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await openOverviewAt(page, url);
  await page.evaluate(() => window.__bench.whenQuiet());
  const navigation = page.getByRole('navigation');
  const edits: EditTimes = { headline: [], chart: [], work: [], changes: [] };
  for (let i = 0; i < count; i++) {
    const before = await page.locator('.figures').textContent();
    await navigation.getByRole('link', { name: link }).click();
    await save(page, i);
    await page.waitForTimeout(OPEN_AFTER_SAVE_MS);
    const workBefore = await mainThreadWork(cdp);
    const start = await page.evaluate((shown) => {
      window.__bench.watchOpen(shown ?? '');
      const overview = [...document.querySelectorAll<HTMLElement>('nav a')].find(
        (link) => link.textContent === '总览',
      );
      const at = performance.timeOrigin + performance.now();
      overview?.click();
      return at;
    }, before);
    await recordEdit(page, cdp, { start, workBefore }, edits);
  }
  await page.close();
  return edits;
}

/** A payment recorded on the payments page (made yesterday, a little more each time). */
async function measurePaymentRecords(context: BrowserContext, url: string): Promise<EditTimes> {
  const { overview, cdp } = await openOverview(context, url);
  const editor = await openEditor(overview, `${url}/#/payments`);
  const edits: EditTimes = { headline: [], chart: [], work: [], changes: [] };
  for (let i = 0; i < PAYMENTS; i++) {
    const form = await fillPayment(editor, i);
    await timeEdit(editor, overview, cdp, edits);
    await form.waitFor({ state: 'detached' });
  }
  await Promise.all([editor.close(), overview.close()]);
  return edits;
}

/** The print view with the household handed in, printed to PDF: the `pdf` command's path. */
async function measurePdfs(browser: Browser, url: string): Promise<number[]> {
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript((scenario) => {
    (globalThis as unknown as { __ashorePrint: unknown }).__ashorePrint = {
      scenario,
      language: 'zh-CN',
      madeOn: '2026-11-21',
    };
  }, uiHousehold);
  const samples: number[] = [];
  for (let i = 0; i < PDFS; i++) {
    await page.goto('about:blank');
    const start = Date.now();
    await page.goto(`${url}/#/print`);
    await waitForPrintReady(page);
    await page.pdf(playwrightPdfOptions('2026-11-21'));
    samples.push(Date.now() - start);
  }
  await page.context().close();
  return samples;
}

/** A fresh profile with the household restored into it. */
async function householdContext(
  browser: Browser,
  url: string,
  scenario: ScenarioInput,
  name: string,
): Promise<BrowserContext> {
  const context = await probedContext(browser);
  const page = await context.newPage();
  await restoreBackup(page, url, await backupFileOf(scenario, name));
  await page.close();
  return context;
}

async function main(): Promise<void> {
  const executablePath = findChromium((line) => process.stdout.write(`[bench-ui] ${line}\n`));
  if (!executablePath) throw new Error(noChromiumMessage);
  if (!process.argv.includes('--no-build')) {
    execFileSync('npm', ['run', '--silent', 'build:web'], { stdio: 'ignore' });
  }
  const server = await serveFolder('dist-web');
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const url = server.url;
  // `--only typical` (or long, lived): one household, for quick A/B runs while working.
  const only = process.argv[process.argv.indexOf('--only') + 1];
  const runs = (name: string) => !process.argv.includes('--only') || only === name;
  const pressureAtStart = cpuPressure();
  try {
    if (runs('long')) {
      const long = await householdContext(browser, url, longHousehold(), 'long');
      const longEdits = await measureBudgetEdits(long, url, LONG_EDITS);
      report('20 debts, 600 months: edit → headline', longEdits.headline);
      report('20 debts, 600 months: edit → chart in view', longEdits.chart);
      report('20 debts, 600 months: main-thread work per edit', longEdits.work);
      process.stdout.write(
        `20 debts, 600 months: DOM changes per edit: median ${median(longEdits.changes)}\n`,
      );
      const longOpened = await measureOpenAfter(long, url, OPENS, incomeSave);
      report(
        '20 debts, 600 months, one window: save, open the overview → headline',
        longOpened.headline,
      );
      report(
        '20 debts, 600 months, one window: save, open the overview → first chart',
        longOpened.chart,
      );
      await long.close();
    }
    if (runs('lived')) {
      const lived = await householdContext(browser, url, livedFor(uiHousehold, 24), 'lived');
      const livedLoads = await measureLoads(browser, lived, url);
      report('24 months of payments: first load', livedLoads.first);
      report('24 months of payments: repeated load', livedLoads.repeat);
      report('24 months of payments: main-thread work of a first load', livedLoads.firstWork);
      const recorded = await measurePaymentRecords(lived, url);
      report('24 months of payments: record a payment → headline', recorded.headline);
      report('24 months of payments: record a payment → chart in view', recorded.chart);
      report('24 months of payments: main-thread work per payment', recorded.work);
      process.stdout.write(
        `24 months of payments: DOM changes per edit: median ${median(recorded.changes)}\n`,
      );
      const paidOpened = await measureOpenAfter(lived, url, OPENS, paymentSave);
      report(
        '24 months of payments, one window: record a payment, open the overview → headline',
        paidOpened.headline,
      );
      report(
        '24 months of payments, one window: record a payment, open the overview → first chart',
        paidOpened.chart,
      );
      await lived.close();
    }
    if (!runs('typical')) return;

    const typical = await householdContext(browser, url, uiHousehold, 'typical');
    const loads = await measureLoads(browser, typical, url);
    report('10 debts: first load', loads.first);
    report('10 debts: repeated load', loads.repeat);
    report('10 debts: main-thread work of a first load', loads.firstWork);
    report('10 debts: main-thread work of a repeated load', loads.repeatWork);
    const edits = await measureBudgetEdits(typical, url, EDITS);
    report('10 debts: edit → headline', edits.headline);
    report('10 debts: edit → chart in view', edits.chart);
    report('10 debts: main-thread work per edit', edits.work);
    process.stdout.write(`10 debts: DOM changes per edit: median ${median(edits.changes)}\n`);
    const opened = await measureOpenAfter(typical, url, OPENS, incomeSave);
    report('10 debts, one window: save, open the overview → headline', opened.headline);
    report('10 debts, one window: save, open the overview → first chart', opened.chart);
    await typical.close();
    const pdfs = await measurePdfs(browser, url);
    report('10 debts: PDF', pdfs);
    if (pressureAtStart !== null) {
      process.stdout.write(
        `machine: CPU pressure, last minute: ${pressureAtStart} before the run (a quiet machine: under 5 %), ${cpuPressure() ?? '?'} at its end (its own load included)\n`,
      );
    }

    process.stdout.write(
      `bench-ui edit_headline_p95_ms=${percentile(edits.headline, 95).toFixed(0)} edit_chart_p95_ms=${percentile(edits.chart, 95).toFixed(0)} load_ms=${median(loads.first).toFixed(0)} load_repeat_ms=${median(loads.repeat).toFixed(0)} pdf_ms=${median(pdfs).toFixed(0)}\n`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
