/**
 * UI benchmark, in Chromium against the built renderer (not a timed test). Goals: editing an
 * amount in a 10-debt household updates the headline and charts in ≤ 100 ms (95th percentile);
 * the built renderer loads to an interactive dashboard in ≤ 1.5 s; the PDF of a 10-debt, ~5-year
 * plan is made in ≤ 3 s. The last line is machine-read:
 *   bench-ui edit_p95_ms=… load_ms=… pdf_ms=…
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page, chromium } from '@playwright/test';
import { chromiumArgs, findChromium, noChromiumMessage } from '../src/cli/findChromium';
import { serveFolder } from '../src/cli/staticServer';
import { playwrightPdfOptions, printReadySelector } from '../src/shared/printOptions';
import { uiHousehold } from './uiHousehold';

const LOADS = 7;
const EDITS = 30;
const PDFS = 5;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const median = (samples: number[]) => percentile(samples, 50);

function report(label: string, samples: number[]): void {
  const line = `${label}: median ${median(samples).toFixed(0)} ms, p95 ${percentile(samples, 95).toFixed(0)} ms, max ${Math.max(...samples).toFixed(0)} ms over ${samples.length}`;
  process.stdout.write(`${line}\n`);
}

async function importHousehold(page: Page, url: string): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'ashore-bench-')), 'household.json');
  writeFileSync(file, JSON.stringify(uiHousehold));
  await page.goto(`${url}/#/data`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /导入情景/ }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: /导入，替换当前数据/ }).click();
  await page.getByText(/已导入情景/).waitFor();
}

/** From navigation to a dashboard showing its figures and a drawn chart. */
async function measureLoads(page: Page, url: string): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto('about:blank');
    const start = Date.now();
    await page.goto(`${url}/#/home`);
    await page.locator('.figure .figure-value').nth(3).waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    samples.push(Date.now() - start);
  }
  return samples;
}

/**
 * An amount edited on the budget page (one tab), timed until the dashboard (a second tab of the
 * same app, kept live by Dexie's cross-tab queries) shows the re-planned headline and charts:
 * save → IndexedDB → live query → planning worker → render.
 */
async function measureEdits(editor: Page, dashboard: Page, url: string): Promise<number[]> {
  await dashboard.goto(`${url}/#/home`);
  await dashboard.locator('.figure .figure-value').first().waitFor();
  await editor.goto(`${url}/#/budget`);
  const incomes = editor.getByRole('region', { name: '收入', exact: true });
  const samples: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const amount = String(9000 + ((i % 2) + 1) * 37);
    await incomes.getByRole('button', { name: '编辑“工资”' }).click();
    await incomes.getByLabel('金额', { exact: true }).fill(amount);
    const before = await dashboard.locator('.figure .figure-value').first().innerText();
    await dashboard.evaluate((previous) => {
      const state = window as unknown as { changedAt?: number };
      delete state.changedAt;
      const figure = document.querySelector('.figure .figure-value');
      const watch = new MutationObserver(() => {
        const busy = document.querySelector('article[aria-busy="true"]');
        if (
          !busy &&
          figure?.textContent !== previous &&
          document.querySelector('.recharts-surface')
        ) {
          state.changedAt = Date.now();
          watch.disconnect();
        }
      });
      watch.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    }, before);
    // Clicked inside the page: this tab is in the background (the dashboard is in front), and
    // Playwright's own click would wait for animation frames a background tab barely gets.
    const start = await editor.evaluate(() => {
      const save = [...document.querySelectorAll('button')].find((b) => b.textContent === '保存');
      const at = Date.now();
      save?.click();
      return at;
    });
    const changedAt = await dashboard.waitForFunction(
      () => (window as unknown as { changedAt?: number }).changedAt,
      undefined,
      { timeout: 10_000 },
    );
    samples.push(((await changedAt.jsonValue()) as number) - start);
  }
  return samples;
}

/** The print view with the household handed in, printed to PDF: the `pdf` command's path. */
async function measurePdfs(page: Page, url: string): Promise<number[]> {
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
    await page.waitForSelector(printReadySelector, { timeout: 60_000 });
    await page.pdf(playwrightPdfOptions('2026-11-21'));
    samples.push(Date.now() - start);
  }
  return samples;
}

async function main(): Promise<void> {
  const executablePath = findChromium((line) => process.stdout.write(`[bench-ui] ${line}\n`));
  if (!executablePath) throw new Error(noChromiumMessage);
  execFileSync('npm', ['run', '--silent', 'build:web'], { stdio: 'ignore' });
  const server = await serveFolder('dist-web');
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1366, height: 900 },
    });
    const page = await context.newPage();
    await importHousehold(page, server.url);
    const loads = await measureLoads(page, server.url);
    report('load to interactive dashboard', loads);
    const edits = await measureEdits(page, await context.newPage(), server.url);
    report('edit → headline and charts', edits);
    const pdfs = await measurePdfs(await (await browser.newContext()).newPage(), server.url);
    report('PDF of a 10-debt plan', pdfs);
    process.stdout.write(
      `bench-ui edit_p95_ms=${percentile(edits, 95).toFixed(0)} load_ms=${median(loads).toFixed(0)} pdf_ms=${median(pdfs).toFixed(0)}\n`,
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
