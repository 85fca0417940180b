import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { PlanResult } from '../../../src/core/engine/output';
import { expect, openApp } from './fixtures';

/**
 * The household of issue 12, typed through the Budget and Debts pages as a person would, in
 * either language: 工资 9,000, 年终奖 12,000 each February, 房租 2,800, 生活费 2,000, 交通 300,
 * 父母 500, 车贷 1,200 for 14 months, a 10 % reserve; 花呗 6,800 current, 借呗 23,000 overdue,
 * 信用卡 18,500 current, 微粒贷 9,000 overdue.
 */
export type Language = 'zh' | 'en';

export const householdWords = {
  zh: {
    locale: 'zh-CN',
    incomes: '收入',
    fixedCosts: '固定开支',
    obligations: '必须偿还的其他债务',
    reserveSection: '安全储备与还款上限',
    add: /^添加/,
    name: '名称',
    amount: '金额',
    frequency: '频率',
    yearly: '每年一次',
    monthOfYear: '每年几月',
    endMonth: '结束月份（可选）',
    save: '保存',
    reserve: '安全储备',
    percent: '占收入的百分比',
    presets: { huabei: '花呗', jiebei: '借呗', creditCard: '信用卡', weilidai: '微粒贷' },
    principal: '本金',
    allOverdue: '全部逾期',
    overdueSince: '逾期开始日期',
  },
  en: {
    locale: 'en-US',
    incomes: 'Income',
    fixedCosts: 'Fixed costs',
    obligations: 'Other debts that must be paid',
    reserveSection: 'Safety reserve and payment limit',
    add: /^Add/,
    name: 'Name',
    amount: 'Amount',
    frequency: 'Frequency',
    yearly: 'Once a year',
    monthOfYear: 'Month of the year',
    endMonth: 'End month (optional)',
    save: 'Save',
    reserve: 'Safety reserve',
    percent: 'Percentage of income',
    presets: {
      huabei: 'Huabei 花呗',
      jiebei: 'Jiebei 借呗',
      creditCard: 'Credit card',
      weilidai: 'Weilidai 微粒贷',
    },
    principal: 'Principal',
    allOverdue: 'All overdue',
    overdueSince: 'Overdue since',
  },
} as const;

type Words = (typeof householdWords)[Language];
/** The budget page's words the budget steps need (a spec may add its own). */
export type BudgetWords = Omit<Words, 'locale' | 'presets'>;
type List = 'incomes' | 'fixedCosts' | 'obligations';

/** Sets the safety reserve to a percentage of income and saves it. */
export async function setReservePercent(page: Page, w: BudgetWords, percent: string) {
  const region = page.getByRole('region', { name: w.reserveSection });
  await region.getByLabel(w.reserve, { exact: true }).selectOption('percent');
  await region.getByLabel(w.percent, { exact: true }).fill(percent);
  await region.getByRole('button', { name: w.save }).click();
  await expect(region.getByRole('button', { name: w.save })).toBeDisabled();
}

/** The month `months` after the current one, as YYYY-MM: the tests run on any date. */
export function monthFromNow(months: number): string {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth() + months, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** A budget list's region on the budget page. */
export function budgetSection(page: Page, w: BudgetWords, list: List): Locator {
  return page.getByRole('region', { name: w[list], exact: true });
}

/** Adds one budget item as a person types it, and waits for its row. */
export async function addItem(
  page: Page,
  w: BudgetWords,
  list: List,
  item: { name: string; amount: string; february?: boolean; endMonth?: string },
): Promise<void> {
  const region = budgetSection(page, w, list);
  await region.getByRole('button', { name: w.add }).click();
  await region.getByLabel(w.name, { exact: true }).fill(item.name);
  await region.getByLabel(w.amount, { exact: true }).fill(item.amount);
  if (item.february) {
    await region.getByLabel(w.frequency, { exact: true }).selectOption({ label: w.yearly });
    await region.getByLabel(w.monthOfYear, { exact: true }).selectOption('2');
  }
  if (item.endMonth) await region.getByLabel(w.endMonth).fill(item.endMonth);
  await region.getByRole('button', { name: w.save }).click();
  await expect(region.getByRole('row', { name: new RegExp(item.name) })).toBeVisible();
}

interface DebtEntry {
  preset: keyof Words['presets'];
  principal: string;
  overdue: boolean;
}

export const householdDebts: readonly DebtEntry[] = [
  { preset: 'huabei', principal: '6,800', overdue: false },
  { preset: 'jiebei', principal: '23,000', overdue: true },
  { preset: 'creditCard', principal: '18,500', overdue: false },
  { preset: 'weilidai', principal: '9,000', overdue: true },
];

/** Types the whole household; the app is left on the Debts page with four debts listed. */
export async function typeHousehold(page: Page, language: Language): Promise<void> {
  const w = householdWords[language];
  await openApp(page, 'budget');
  await addItem(page, w, 'incomes', { name: '工资', amount: '9,000' });
  await addItem(page, w, 'incomes', { name: '年终奖', amount: '12,000', february: true });
  await addItem(page, w, 'fixedCosts', { name: '房租', amount: '2,800' });
  await addItem(page, w, 'fixedCosts', { name: '生活费', amount: '2,000' });
  await addItem(page, w, 'fixedCosts', { name: '交通', amount: '300' });
  await addItem(page, w, 'fixedCosts', { name: '父母', amount: '500' });
  // 14 months, this one included.
  await addItem(page, w, 'obligations', {
    name: '车贷',
    amount: '1,200',
    endMonth: monthFromNow(13),
  });
  await setReservePercent(page, w, '10');

  await openApp(page, 'debts');
  for (const debt of householdDebts) {
    await page.getByRole('button', { name: w.presets[debt.preset], exact: true }).click();
    await page.getByLabel(w.principal, { exact: true }).fill(debt.principal);
    if (debt.overdue) await page.getByLabel(w.allOverdue, { exact: true }).check();
    await page.getByRole('button', { name: w.save }).click();
    await expect(
      page.getByRole('heading', { name: new RegExp(w.presets[debt.preset]) }),
    ).toHaveCount(0);
  }
  await expect(page.locator('table.debts-table tbody tr')).toHaveCount(householdDebts.length);
}

/** The household as the app exports it (Data page, "Export scenario"), saved in `dir`. */
export async function exportScenario(page: Page, dir: string): Promise<string> {
  await openApp(page, 'data');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出情景|Export scenario/ }).click();
  const file = join(dir, 'household.scenario.json');
  await (await download).saveAs(file);
  return file;
}

/**
 * The household as the app exports it, then planned by the `plan` command: the figures every
 * page must agree with.
 */
export async function exportAndPlan(
  page: Page,
  dir: string,
): Promise<{ file: string; plan: PlanOutput }> {
  const file = await exportScenario(page, dir);
  return { file, plan: planCommand(file) };
}

/** The plan command's output (model §10). */
export type PlanOutput = PlanResult;

/** The `plan` command's JSON for a scenario file. */
export function planCommand(file: string): PlanOutput {
  const output = execFileSync('node_modules/.bin/tsx', ['src/cli/plan.ts', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output) as PlanOutput;
}
