import AxeBuilder from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { applyPlanVariant } from '../../../src/core/plans/applyPlanVariant';
import { planVariantSchema } from '../../../src/core/scenario/schema';
import type { NamedPlanVariant, ScenarioInput } from '../../../src/core/scenario/types';
import { validateScenario } from '../../../src/core/scenario/validate';
import { printReadySelector } from '../../../src/shared/printOptions';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';
import { exportAndPlan, planCommand } from './household';
import { cents, costCents } from './planFigures';

/**
 * Issue 14 §1: two 方案 built from the UI (a what-if saved as a plan, then edited), compared
 * with things as they are, duplicated, deleted and undone, adopted and undone; the comparison's
 * CSV parsed and each column checked against the `plan` command on the scenario the 方案 yields.
 */
type Verb = 'edit' | 'duplicate' | 'delete' | 'adopt';
const zhVerbs = { edit: '修改', duplicate: '复制', delete: '删除', adopt: '采用' };
const enVerbs = { edit: 'Edit', duplicate: 'Duplicate', delete: 'Delete', adopt: 'Adopt' };

const words = {
  zh: {
    locale: 'zh-CN',
    extraMonthly: '我每月还能多还',
    delay: '晚几个月才开始还',
    delayTwo: '2 个月后',
    saveAs: '保存为方案',
    name: '方案名称',
    save: '保存',
    reset: '清空试算',
    toPlans: '保存和对比方案',
    household: '现状（不做新改变）',
    strategy: '还款策略',
    snowball: '先还余额最小的（滚雪球法）',
    csv: /导出方案对比 CSV/,
    planColumn: '方案',
    undo: '撤销',
    copy: 'A 多还（副本）',
    pdfPlans: 'PDF 中的方案对比',
    rateDebt: '哪笔债务',
    rateFrom: '从哪天起',
    newRate: '新的利率',
    addRate: '添加利率变化',
    pdfFirst: '包含，“B 推迟”放在最前',
    action: (verb: Verb, name: string) => `${zhVerbs[verb]}“${name}”`,
    adopt: '采用',
  },
  en: {
    locale: 'en-US',
    extraMonthly: 'I can pay more each month',
    delay: 'Start paying later',
    delayTwo: 'in 2 months',
    saveAs: 'Save as a plan',
    name: 'Plan name',
    save: 'Save',
    reset: 'Clear what-if',
    toPlans: 'Save and compare plans',
    household: 'As is (nothing new)',
    strategy: 'Strategy',
    snowball: 'Smallest balance first (snowball)',
    csv: /Export plan comparison CSV/,
    planColumn: 'Plan',
    undo: 'Undo',
    copy: 'A 多还 (copy)',
    pdfPlans: 'Plan comparison in the PDF',
    rateDebt: 'Which debt',
    rateFrom: 'From',
    newRate: 'New rate',
    addRate: 'Add rate change',
    pdfFirst: 'Included, “B 推迟” first',
    action: (verb: Verb, name: string) => `${enVerbs[verb]} “${name}”`,
    adopt: 'Adopt',
  },
} as const;

async function saveWhatIfAs(page: Page, w: (typeof words)['zh' | 'en'], name: string) {
  await page.getByRole('button', { name: w.saveAs }).click();
  await page.getByLabel(w.name, { exact: true }).fill(name);
  await page.getByRole('form').getByRole('button', { name: w.save, exact: true }).click();
  await expect(page.locator('.save-as-plan [role="status"]')).toContainText(name);
}

/** The comparison's cells of one row, one per column. */
function rowCells(page: Page, row: string) {
  return page.locator(`.plan-comparison tr[data-row="${row}"] td`);
}

for (const language of ['zh', 'en'] as const) {
  const w = words[language];
  test.describe(`方案 in ${w.locale}`, () => {
    test.use({ locale: w.locale });

    test('two 方案 from the UI, compared, duplicated, deleted and undone, adopted and undone; the CSV equals the plan command', async ({
      page,
    }, info) => {
      test.setTimeout(240_000);
      await importScenarioFile(page, fixtureFile('03-mixed-avalanche.scenario.json'));

      // A: 500 more a month. B: start two months later, then (on the plans page) snowball.
      await openApp(page, 'strategies');
      await page.getByLabel(w.extraMonthly, { exact: true }).fill('500');
      await saveWhatIfAs(page, w, 'A 多还');
      await page.getByRole('button', { name: w.reset }).click();
      await page.getByLabel(w.delay, { exact: true }).selectOption({ label: w.delayTwo });
      await saveWhatIfAs(page, w, 'B 推迟');

      await page.getByRole('link', { name: w.toPlans }).click();
      const button = (name: string) => page.getByRole('button', { name, exact: true });
      await button(w.action('edit', 'B 推迟')).click();
      await page.getByLabel(w.strategy, { exact: true }).selectOption({ label: w.snowball });
      // And if the card lowered its rate to 0.02 % a day from March 2027.
      await page.getByLabel(w.rateDebt, { exact: true }).selectOption({ label: '信用卡' });
      await page.getByLabel(w.rateFrom, { exact: true }).fill('2027-03-01');
      await page.getByLabel(w.newRate, { exact: true }).fill('0.02');
      await page.getByRole('button', { name: w.addRate }).click();
      await page.locator('.plan-form').getByRole('button', { name: w.save, exact: true }).click();

      const headers = page.locator('.plan-comparison thead th');
      await expect(headers).toHaveText([w.household, 'A 多还', 'B 推迟']);
      await expect(rowCells(page, 'debtFree')).toHaveCount(3);

      // In an 800×600 window, with the charts as tables too, nothing scrolls sideways and axe
      // finds nothing: the page with 方案 in it, which the every-page check (no 方案) cannot see.
      await page.setViewportSize({ width: 800, height: 600 });
      const tableViews = page.getByRole('button', { name: /^(表格|Table)$/, pressed: false });
      while ((await tableViews.count()) > 0) await tableViews.first().click();
      const width = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }));
      expect(width.scroll).toBeLessThanOrEqual(width.inner);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => v.id)).toEqual([]);

      // The comparison as CSV, parsed as a spreadsheet would.
      const started = page.waitForEvent('download');
      await page.getByRole('button', { name: w.csv }).click();
      const bytes = readFileSync((await (await started).path()) ?? '');
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), {
        skipEmptyLines: true,
      });
      expect(parsed.errors).toEqual([]);
      const [header, ...rows] = parsed.data;
      expect(header?.[0]).toBe(w.planColumn);
      expect(rows.map((row) => row[0])).toEqual([w.household, 'A 多还', 'B 推迟']);

      // Each column equals the plan command on the scenario applying its 方案 yields.
      const { file, plan: asIs } = await exportAndPlan(page, info.outputDir);
      const exported = JSON.parse(readFileSync(file, 'utf8')) as ScenarioInput & {
        plans: NamedPlanVariant[];
      };
      expect(exported.plans.map((p) => p.name)).toEqual(['A 多还', 'B 推迟']);
      expect(exported.plans[1]?.variant).toMatchObject({
        strategy: 'snowball',
        delayMonths: 2,
        rateChanges: [{ debtId: 'card', change: { date: '2027-03-01' } }],
      });
      const validation = validateScenario(exported);
      if (!validation.ok) throw new Error('the exported scenario is valid');
      const summaries = [
        asIs.summary,
        ...exported.plans.map(({ variant }, i) => {
          const applied = applyPlanVariant(validation.scenario, planVariantSchema.parse(variant));
          const appliedFile = join(info.outputDir, `plan-${i}.scenario.json`);
          writeFileSync(appliedFile, JSON.stringify(applied));
          return planCommand(appliedFile).summary;
        }),
      ];
      summaries.forEach((summary, i) => {
        const row = rows[i] ?? [];
        expect(row[1]).toBe(summary.debtFreeDate ?? '');
        expect(row[2]).toBe(summary.months === null ? '' : String(summary.months));
        if (summary.debtFree) expect(cents(row[3] ?? '')).toBe(costCents(summary));
        expect(row[6]).toBe(String(summary.shortfallMonths));
      });
      // 500 more a month clears sooner than things as they are.
      expect((summaries[1]?.months ?? 0) < (summaries[0]?.months ?? 0)).toBe(true);

      // Duplicate, delete the copy, and undo the deletion.
      await openApp(page, 'plans');
      await button(w.action('duplicate', 'A 多还')).click();
      const copy = page.getByRole('heading', { name: w.copy, exact: true });
      await expect(copy).toBeVisible();
      await button(w.action('delete', w.copy)).click();
      await expect(copy).toHaveCount(0);
      await page.locator('.undo-bar').getByRole('button', { name: w.undo }).click();
      await expect(copy).toBeVisible();

      // Adopt A: things as they are become A; undo: as they were.
      const asIsDate = rowCells(page, 'debtFree').first();
      const before = await asIsDate.textContent();
      const aDate = await rowCells(page, 'debtFree').nth(1).textContent();
      expect(before).not.toBe(aDate);
      await button(w.action('adopt', 'A 多还')).click();
      await button(w.adopt).click();
      await expect(asIsDate).toHaveText(aDate ?? '');
      await page.locator('.undo-bar').getByRole('button', { name: w.undo }).click();
      await expect(asIsDate).toHaveText(before ?? '');

      // The PDF with the comparison, B chosen first: the print view the export opens.
      await openApp(page, 'home');
      await page.getByLabel(w.pdfPlans, { exact: true }).selectOption({ label: w.pdfFirst });
      const opened = page.context().waitForEvent('page');
      await page.getByRole('button', { name: /导出 PDF 计划|Export PDF plan/ }).click();
      const print = await opened;
      await print.waitForSelector(printReadySelector, { state: 'attached', timeout: 60_000 });
      await expect(print.locator('#print-plans + p')).toContainText('B 推迟');
      await expect(print.locator('.print-document .plan-comparison thead th')).toHaveText([
        'B 推迟',
        w.household,
        'A 多还',
        w.copy,
      ]);
      await expect(
        print.locator('.print-document .plan-comparison tr[data-row="debtFree"] td').nth(1),
      ).toHaveText(before ?? '');
      await print.close();
    });
  });
}
