import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';

/**
 * The exported PDF, read back the way a person's PDF reader would: its text (pdftotext), its
 * fonts (pdffonts) and its pages (pdfinfo). Made by the `pdf` command, which prints the same
 * print view with the same options as the desktop app's File → Export PDF.
 */
const scenario = fixtureFile('07-agreements.scenario.json');

function exportPdf(language: 'zh-CN' | 'en'): string {
  const out = join(mkdtempSync(join(tmpdir(), 'ashore-pdf-')), `plan-${language}.pdf`);
  execFileSync('node_modules/.bin/tsx', ['src/cli/pdf.ts', scenario, out, '--lang', language], {
    encoding: 'utf8',
  });
  return out;
}

const text = (pdf: string) =>
  execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
const squash = (s: string) => s.replace(/\s+/g, '');

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

const sections = {
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

for (const [locale, language] of [
  ['zh-CN', 'zh-CN'],
  ['en-US', 'en'],
] as const) {
  test.describe(`PDF in ${language}`, () => {
    test.use({ locale });

    test('holds the figures the dashboard shows, every section, and embedded fonts with no missing glyphs', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      const pdf = exportPdf(language);
      const content = text(pdf);

      await importScenarioFile(page, scenario);
      await openApp(page, 'home');
      await expect(page.locator('.figure .figure-value')).toHaveCount(4);
      const figures = await page.locator('.figure .figure-value').allInnerTexts();
      for (const figure of figures) expect(squash(content)).toContain(squash(figure));

      let from = 0;
      for (const heading of sections[language]) {
        const at = content.indexOf(heading, from);
        expect(at, `section "${heading}" in order`).toBeGreaterThanOrEqual(0);
        from = at + heading.length;
      }
      expect(content).toContain(language === 'zh-CN' ? '分 36 期' : '36 months');

      const count = pages(pdf);
      expect(count).toBeGreaterThanOrEqual(5);
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
    });
  });
}
