import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { BrowserContext, Page } from '@playwright/test';
import { exportPdf as desktopExport } from '../../../src/main/pdfExport';
import type { electronPdfOptions } from '../../../src/shared/printOptions';
import { playwrightPdfOptions, printReadySelector } from '../../../src/shared/printOptions';
import type { LenderPacketChoice } from '../../../src/shared/printRoute';
import { expect, fixtureFile, importScenarioFile, openApp, test, typeHousehold } from './fixtures';

/**
 * The exported PDF, made from a household a person created (imported through the Data page or
 * typed into the forms), and read back the way a PDF reader would: its text (pdftotext), its
 * fonts (pdffonts) and its pages (pdfinfo).
 */
const scenario = fixtureFile('07-agreements.scenario.json');
type Language = 'zh-CN' | 'en';

const text = (pdf: string) =>
  execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, '');
const outFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'ashore-pdf-')), name);
const today = () => new Date().toISOString().slice(0, 10);

function pages(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

/** pdffonts rows: name and whether embedded. */
function fonts(pdf: string): { name: string; embedded: boolean }[] {
  return execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID: emb is the 5th column from the end.
      return { name: columns[0] ?? '', embedded: columns.at(-5) === 'yes' };
    });
}

/** The code points the bundled Noto Sans SC covers, from its @font-face unicode-range lists. */
function bundledCoverage(): (codePoint: number) => boolean {
  const ranges: [number, number][] = [];
  for (const weight of ['400', '700']) {
    const css = readFileSync(
      resolve(`node_modules/@fontsource/noto-sans-sc/${weight}.css`),
      'utf8',
    );
    for (const match of css.matchAll(/unicode-range:\s*([^;]+);/g)) {
      for (const part of (match[1] ?? '').split(',')) {
        const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
        const start = parseInt(from ?? '', 16);
        ranges.push([start, to ? parseInt(to, 16) : start]);
      }
    }
  }
  return (codePoint) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** The strategy comparison's heading in the PDF, and its last row's label. */
const comparisonTable: Record<Language, [string, string]> = {
  'zh-CN': ['策略比较', '什么都不还'],
  en: ['Strategy comparison', 'Pay nothing'],
};

const sections: Record<Language, string[]> = {
  'zh-CN': [
    '上岸还款计划',
    '摘要',
    '预算',
    '债务',
    '图表与策略比较',
    '还款明细',
    '各机构协商',
    '附录：计算方法',
  ],
  en: [
    'Ashore repayment plan',
    'Summary',
    'Budget',
    'Debts',
    'Charts and strategy comparison',
    'Payment schedule',
    'Negotiation with each lender',
    'Appendix: how the figures are computed',
  ],
};

/** What the views show while a figure is still being worked out: never in a finished PDF. */
const placeholders = [
  '作比较',
  '正在',
  'Comparing with',
  'Working out',
  'Preparing to print',
  '如果 0 个月',
  'over 0 months',
];

/**
 * Every figure the overview shows, as it shows them: the headline values and each amount in
 * their hints (the cost breakdown, what a year of paying nothing costs). Read once the overview
 * has its comparisons, so nothing is a placeholder.
 */
async function overviewFigures(page: Page): Promise<string[]> {
  await openApp(page, 'home');
  await expect(page.locator('.figures .figure-value')).toHaveCount(4);
  await expect(page.locator('.figures')).toContainText(/什么都不还|Paying nothing/);
  await expect(page.locator('article.dashboard')).toHaveAttribute('aria-busy', 'false');
  const values = await page.locator('.figures .figure-value').allInnerTexts();
  const hints = (await page.locator('.figures .hint').allInnerTexts()).join(' ');
  const amounts = hints.match(/-?[¥$€£][\d,]+\.\d{2}/g) ?? [];
  expect(amounts.length, 'amounts in the overview’s hints').toBeGreaterThanOrEqual(4);
  return [...values, ...amounts];
}

/** A PDF that holds what the overview shows, and none of the words of an unfinished view. */
function expectOverviewInPdf(pdf: string, figures: string[]): string {
  const content = text(pdf);
  for (const figure of figures) {
    expect(squash(content), `the overview's ${figure} in the PDF`).toContain(squash(figure));
  }
  for (const words of placeholders) expect(content).not.toContain(words);
  return content;
}

/**
 * The whole document: every section in order (the lenders' only when there is something to take
 * to one: an agreement, a proposal, a statement), page numbers, embedded fonts, no tofu.
 */
function expectCompleteDocument(
  pdf: string,
  content: string,
  language: Language,
  { negotiation }: { negotiation: boolean },
): void {
  let from = 0;
  const lenders = sections[language][6];
  for (const heading of sections[language]) {
    if (heading === lenders && !negotiation) {
      expect(content).not.toContain(heading);
      continue;
    }
    const at = content.indexOf(heading, from);
    expect(at, `section "${heading}" in order`).toBeGreaterThanOrEqual(0);
    from = at + heading.length;
  }
  // The strategy comparison, a table of a few rows, is read whole: its heading and its last row
  // (paying nothing) on one page, never a heading and a row left behind on the page before.
  const [comparison, lastRow] = comparisonTable[language];
  const comparisonPage = content.split('\f').find((page) => page.includes(comparison)) ?? '';
  expect(
    comparisonPage.indexOf(lastRow, comparisonPage.indexOf(comparison)),
    'the strategy comparison on one page',
  ).toBeGreaterThan(0);
  const count = pages(pdf);
  expect(count).toBeGreaterThanOrEqual(4);
  expect(count).toBeLessThanOrEqual(12);
  expect(content).toContain(`${count} / ${count}`);

  const used = fonts(pdf);
  expect(used.length).toBeGreaterThan(0);
  expect(used.filter((f) => !f.embedded)).toEqual([]);
  expect(used.some((f) => /NotoSansSC/.test(f.name))).toBe(true);

  // Tofu: text extraction reads the character even where the page shows an empty box, so
  // check that the bundled font has a glyph for every non-Latin character printed.
  const covered = bundledCoverage();
  const missing = [...new Set(content)].filter((ch) => {
    const codePoint = ch.codePointAt(0) ?? 0;
    return codePoint > 0x7e && !/\s/.test(ch) && !covered(codePoint);
  });
  expect(missing).toEqual([]);
}

/**
 * The overview's "导出 PDF 计划" in browser mode: the print view opens in a new tab, which is
 * printed once it marks itself ready, with the options the desktop app prints with.
 */
async function exportFromOverview(page: Page, language: Language): Promise<string> {
  const opened = page.context().waitForEvent('page');
  await page.getByRole('button', { name: /导出 PDF 计划|Export PDF plan/ }).click();
  const print = await opened;
  await expect(page.locator('.export-pdf [role="status"]')).toContainText(/打印版|print version/);
  await print.waitForSelector(printReadySelector, { state: 'attached', timeout: 30_000 });
  expect(await print.evaluate(() => document.documentElement.lang)).toBe(language);
  const pdf = outFile(`plan-${language}.pdf`);
  await print.pdf({ ...playwrightPdfOptions(today()), path: pdf });
  await print.close();
  return pdf;
}

/**
 * The desktop export (src/main/pdfExport.ts) with Electron's parts played by the browser: the
 * hidden window is a new tab of the same profile showing the print view's URL, polled for the
 * same ready mark, and printed by Chromium's own printToPDF with the desktop's options.
 */
async function exportLikeDesktop(
  context: BrowserContext,
  baseURL: string,
  language: Language,
  lender?: LenderPacketChoice,
) {
  const file = outFile(`desktop-${language}.pdf`);
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  let loaded: Promise<unknown> = Promise.resolve();
  const inches = (mm: number) => mm / 25.4;
  const hiddenWindow = {
    webContents: {
      executeJavaScript: async (script: string) => {
        await loaded;
        return tab.evaluate(script);
      },
      printToPDF: async (options: ReturnType<typeof electronPdfOptions>) => {
        const { data } = await cdp.send('Page.printToPDF', {
          paperWidth: inches(210),
          paperHeight: inches(297),
          printBackground: options.printBackground,
          displayHeaderFooter: options.displayHeaderFooter,
          headerTemplate: options.headerTemplate,
          footerTemplate: options.footerTemplate,
          preferCSSPageSize: options.preferCSSPageSize,
          marginTop: options.margins.top,
          marginBottom: options.margins.bottom,
          marginLeft: options.margins.left,
          marginRight: options.margins.right,
        });
        return Buffer.from(data, 'base64');
      },
    },
    destroy: () => void tab.close(),
  };
  const dialog: Pick<Dialog, 'showSaveDialog'> = {
    showSaveDialog: async () => ({ canceled: false, filePath: file }),
  };
  const result = await desktopExport(
    {
      dialog,
      getWindow: () => undefined,
      openPrintWindow: (url) => {
        loaded = tab.goto(url);
        // The test's stand-in has the two methods of a BrowserWindow the export uses.
        return hiddenWindow as unknown as BrowserWindow;
      },
      printUrl: (hash) => `${baseURL}/${hash}`,
    },
    { suggestedName: 'plan.pdf', language, madeOn: today(), ...(lender ? { lender } : {}) },
  );
  expect(result).toEqual({ saved: true, name: `desktop-${language}.pdf` });
  return file;
}

for (const [locale, language] of [
  ['zh-CN', 'zh-CN'],
  ['en-US', 'en'],
] as const) {
  test.describe(`PDF in ${language}`, () => {
    test.use({ locale });

    test('of an imported household, from the overview’s button: every figure the overview shows, every section, embedded fonts', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await importScenarioFile(page, scenario);
      const figures = await overviewFigures(page);
      const pdf = await exportFromOverview(page, language);
      const content = expectOverviewInPdf(pdf, figures);
      expectCompleteDocument(pdf, content, language, { negotiation: true });
      expect(content).toContain(language === 'zh-CN' ? '分 36 期' : '36 months');
    });

    test('of a household typed into the forms, from the overview’s button', async ({ page }) => {
      test.setTimeout(120_000);
      await typeHousehold(page);
      const figures = await overviewFigures(page);
      const pdf = await exportFromOverview(page, language);
      const content = expectOverviewInPdf(pdf, figures);
      expectCompleteDocument(pdf, content, language, { negotiation: false });
      // A plan of a few months is printed month by month, all of it: not "the first 24 months".
      expect(squash(content)).toMatch(
        language === 'zh-CN' ? /逐月（共\d+个月）/ : /Monthbymonth\(\d+months\)/,
      );
    });

    test('the desktop export: the print view in a hidden window, its ready mark, the shared options', async ({
      page,
      context,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      await typeHousehold(page);
      const figures = await overviewFigures(page);
      const pdf = await exportLikeDesktop(context, baseURL ?? '', language);
      const content = expectOverviewInPdf(pdf, figures);
      expectCompleteDocument(pdf, content, language, { negotiation: false });
    });
  });
}

test.describe('the desktop export of one lender’s packet', () => {
  test.use({ locale: 'en-US' });

  test('prints only that lender’s packet, in the language asked for', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    await importScenarioFile(page, scenario);
    const lender = {
      debtId: 'jiebei',
      privacy: 'capacity',
      others: true,
      payments: false,
    } as const;
    const content = text(await exportLikeDesktop(context, baseURL ?? '', 'zh-CN', lender));
    expect(content).toContain('致借呗：个人情况与还款方案');
    expect(content).toContain('其他债务（只列数量和总额）');
    for (const other of ['信用卡', '朋友借款']) expect(content).not.toContain(other);
  });
});

test.describe('the pdf command', () => {
  test.use({ locale: 'en-US' });

  test('prints a scenario file as the same document the app exports', async ({ page }) => {
    test.setTimeout(120_000);
    const pdf = outFile('cli.pdf');
    execFileSync('node_modules/.bin/tsx', ['src/cli/pdf.ts', scenario, pdf, '--lang', 'en'], {
      encoding: 'utf8',
    });
    await importScenarioFile(page, scenario);
    const content = expectOverviewInPdf(pdf, await overviewFigures(page));
    expectCompleteDocument(pdf, content, 'en', { negotiation: true });
    expect(content).toContain('36 months');
  });
});

/** The lenders of the ten-debt household. */
const TEN_LENDERS = [
  '花呗',
  '借呗',
  '微粒贷',
  '美团月付',
  '京东白条',
  '招行信用卡',
  '工行信用卡',
  '建行信用卡',
  '朋友借款',
  '手机分期',
];

/**
 * Ten debts, as the people Ashore is for often have: fixture 03's three debts again and again
 * under the names of ten lenders, written as a scenario file to import.
 */
function tenDebtScenarioFile(): string {
  const base = JSON.parse(
    readFileSync(fixtureFile('03-mixed-avalanche.scenario.json'), 'utf8'),
  ) as {
    budget: { incomes: { amount: string }[] };
    debts: { id: string; name: string }[];
  };
  const debts = TEN_LENDERS.map((name, index) => ({
    ...base.debts[index % base.debts.length],
    id: `debt${index + 1}`,
    name,
  }));
  const file = outFile('ten-debts.scenario.json');
  writeFileSync(file, JSON.stringify({ ...base, debts }));
  return file;
}

test.describe('a household of ten debts', () => {
  test.use({ locale: 'zh-CN' });

  test('prints at full size: the schedule is split by lender so each table fits the A4 page', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await importScenarioFile(page, tenDebtScenarioFile());
    await openApp(page, 'home');
    const pdfPages = text(await exportFromOverview(page, 'zh-CN')).split('\f');
    // The debts table, ten rows, goes whole onto one page: every lender's row follows its header
    // on the header's page (split, the page ends after the rows left behind).
    const debtsPage = pdfPages.find((pdfPage) => pdfPage.includes('逾期本金')) ?? '';
    const debtsTable = squash(debtsPage.slice(debtsPage.indexOf('逾期本金')));
    for (const lender of TEN_LENDERS) expect(debtsTable, `${lender}'s row`).toContain(lender);
    const content = squash(pdfPages.join(''));
    expect(content).toContain(squash('前 24 个月（按月）（第 1 部分，共 2 部分）'));
    expect(content).toContain(squash('前 24 个月（按月）（第 2 部分，共 2 部分）'));
    // Laid out for print at the page's width between its margins (A4, 12 mm each side: 186 mm),
    // nothing is wider than the paper: Chromium would otherwise shrink every page to fit.
    await page.setViewportSize({ width: Math.floor((186 / 25.4) * 96), height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await page.goto('/#/print');
    await page.waitForSelector(printReadySelector, { state: 'attached', timeout: 30_000 });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.clientWidth,
      content: document.documentElement.scrollWidth,
    }));
    expect(widths.content).toBeLessThanOrEqual(widths.page);
  });
});
