import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { validateScenario } from '../../../src/core/index';
import { proposeAll } from '../../../src/core/proposals/index';
import type { TotalPlan } from '../../../src/core/proposals/allTypes';
import { formatMoney } from '../../../src/renderer/format/money';
import {
  fourLenders,
  fourLendersFile,
  fourLendersShort,
} from '../../renderer/negotiation/fourLenders';
import { expect, importScenarioFile, test } from './fixtures';

const repository = resolve(import.meta.dirname, '../../..');
const folder = mkdtempSync(join(tmpdir(), 'ashore-total-'));
const scenarioFile = fourLendersFile;
const shortFile = join(folder, 'four-lenders-short.json');
writeFileSync(shortFile, JSON.stringify(fourLendersShort));

/** What `npm run plan -- --propose-all FILE` prints for a household. */
function cliTotalPlan(file: string): TotalPlan {
  const out = execFileSync('npx', ['tsx', 'src/cli/plan.ts', '--propose-all', file], {
    cwd: repository,
    encoding: 'utf8',
  });
  return JSON.parse(out) as TotalPlan;
}

/** The total plan once the card has refused, straight from the core. */
function aroundTheCard(): TotalPlan {
  const v = validateScenario(fourLenders);
  if (!v.ok) throw new Error('the scenario is valid');
  return proposeAll(v.scenario, { refused: ['card'] });
}

const names: Record<string, string> = {
  jiebei: '借呗',
  weili: '微粒贷',
  card: '信用卡',
  huabei: '花呗',
};

const words = {
  zh: {
    language: 'zh-CN',
    negotiation: '协商',
    panel: '协商总方案',
    build: '制定总方案',
    term: (months: number) => `向每家提出相同期数：${months} 期`,
    within: '（不超过 4 倍 LPR，即 12%）',
    markAll: '全部标记为已提出',
    allMarked: '这些要求都已记为“已提出”。',
    marked: '已把 4 项要求记为“已提出”',
    markedAgain: '已把 3 项要求记为“已提出”',
    markRefused: '标记为被拒绝',
    refused: '已拒绝的出借方：信用卡',
    replan: '绕开已拒绝的出借方，重新安排其余各家',
    refusedKeep: '已拒绝：保持现有条款',
    include: '在情况说明中提及全部欠款（协商总方案）',
    generate: '生成情况说明',
    statementText: '情况说明正文',
    short: (missing: string, extra: string, settle: string) => [
      `即使向每家都提出最长 60 期的停息挂账，每月仍差 ${missing}`,
      `每月固定开支减少 ${missing}`,
      `每月增加 ${missing} 的额外收入`,
      `一次性多出 ${extra}（例如家人帮助）：当月结清“花呗”的全部欠款 ${settle}`,
      '先保住这些出借方：花呗、微粒贷、信用卡',
    ],
    whole:
      '我共有 4 家欠款，合计 ¥54,300.00；扣除必要开支后，每月最多可还 ¥1,300.00。我向其中 3 家提出相同期数（36 期）的分期',
  },
  en: {
    language: 'en',
    negotiation: 'Negotiate',
    panel: 'One plan for all lenders',
    build: 'Build the total plan',
    term: (months: number) => `The same term for every lender: ${months} months`,
    within: '(within 4 × LPR, 12%)',
    markAll: 'Mark all as proposed',
    allMarked: 'These requests are all recorded as proposed.',
    marked: '4 requests recorded as proposed',
    markedAgain: '3 requests recorded as proposed',
    markRefused: 'Mark refused',
    refused: 'Lenders that refused: 信用卡',
    replan: 'Re-plan the rest around the lenders that refused',
    refusedKeep: 'Refused: keeps its current terms',
    include: 'Mention all my debts in the statement (the total plan)',
    generate: 'Draft the statement',
    statementText: 'Statement text',
    short: (missing: string, extra: string, settle: string) => [
      `even with every lender on interest-free installments over the longest term, 60 months, ${missing} a month is missing`,
      `cutting fixed costs by ${missing} a month`,
      `an extra ${missing} a month`,
      `a one-off extra of ${extra} (such as help from family): settle "花呗" in full (${settle}) now`,
      'protect these lenders first: 花呗, 微粒贷, 信用卡',
    ],
    whole:
      'I owe 4 lenders ¥54,300.00 in all; after essential costs, the most I can pay towards all of them is ¥1,300.00 a month. I am asking 3 of them for installments over the same term, 36 months',
  },
};
type Words = (typeof words)['zh'];

/** Each lender's row shows the figures of the total plan, formatted as the app formats money. */
async function expectRows(page: Page, w: Words, plan: TotalPlan) {
  const panel = page.getByRole('region', { name: w.panel });
  for (const lender of plan.lenders) {
    const row = panel.getByRole('row', { name: new RegExp(`^${names[lender.debtId]}`) });
    await expect(row).toContainText(formatMoney(lender.monthly, 'CNY', w.language));
    await expect(row).toContainText(formatMoney(lender.totalCost, 'CNY', w.language));
    if (lender.apr !== null) await expect(row).toContainText(w.within);
  }
}

async function totalPlan(page: Page, w: Words) {
  const cli = cliTotalPlan(scenarioFile);
  expect(cli.term).toBe(48);
  await importScenarioFile(page, scenarioFile);
  await page.getByRole('link', { name: w.negotiation, exact: true }).click();
  const panel = page.getByRole('region', { name: w.panel });
  await panel.getByRole('button', { name: w.build }).click();
  await expect(panel).toContainText(w.term(48));
  await expectRows(page, w, cli);
  const axe = await new AxeBuilder({ page }).include('section.total-plan').analyze();
  const grave = axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')} ${v.help}`);
  expect(grave).toEqual([]);

  await panel.getByRole('button', { name: w.markAll }).click();
  await expect(page.getByRole('status').filter({ hasText: w.marked })).toBeVisible();
  await expect(panel.getByRole('button', { name: w.allMarked })).toBeDisabled();

  // The card says no: marked refused in its own workspace, reached from its row.
  await panel.getByRole('link', { name: '信用卡', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '信用卡' })).toBeVisible();
  await page.getByRole('button', { name: w.markRefused }).click();
  await expect(panel).toContainText(w.refused);
  await panel.getByRole('button', { name: w.replan }).click();
  const around = aroundTheCard();
  expect(around.term).toBe(36);
  await expect(panel).toContainText(w.term(36));
  await expect(panel.getByRole('row', { name: /^信用卡/ })).toContainText(w.refusedKeep);
  await expectRows(page, w, {
    ...around,
    lenders: around.lenders.filter((l) => l.debtId !== 'card'),
  });
  await panel.getByRole('button', { name: w.markAll }).click();
  await expect(page.getByRole('status').filter({ hasText: w.markedAgain })).toBeVisible();

  // 借呗's statement, with the whole picture the person chose to include.
  await panel.getByRole('link', { name: '借呗', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: '借呗' })).toBeVisible();
  await page.getByRole('checkbox', { name: w.include }).check();
  await page.getByRole('button', { name: w.generate }).click();
  await expect(page.getByLabel(w.statementText)).toHaveValue(new RegExp(escape(w.whole)));
}

/** When nothing holds, the panel says so with the CLI's figures. */
async function shortfall(page: Page, w: Words) {
  const why = cliTotalPlan(shortFile).nothingFits;
  if (why?.reason !== 'tooLittleMoney' || !why.missingMonthly || !why.settlement)
    throw new Error('the household is ¥200 a month short');
  const money = (amount: string) => formatMoney(amount, 'CNY', w.language);
  await importScenarioFile(page, shortFile);
  await page.getByRole('link', { name: w.negotiation, exact: true }).click();
  const panel = page.getByRole('region', { name: w.panel });
  await panel.getByRole('button', { name: w.build }).click();
  for (const line of w.short(
    money(why.missingMonthly),
    money(why.settlement.extra),
    money(why.settlement.amount),
  ))
    await expect(panel).toContainText(line);
  await expect(panel.getByRole('button', { name: w.markAll })).toHaveCount(0);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('one plan for all lenders: build, mark all, refuse one, re-plan, the statement', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await totalPlan(page, words.zh);
  });
  test('when nothing holds: what is missing, what closes it, whom to protect first', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await shortfall(page, words.zh);
  });
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });
  test('one plan for all lenders: build, mark all, refuse one, re-plan, the statement', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await totalPlan(page, words.en);
  });
  test('when nothing holds: what is missing, what closes it, whom to protect first', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await shortfall(page, words.en);
  });
});
