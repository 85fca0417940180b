import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { plan, validateScenario } from '../../../src/core/index';
import { Dec } from '../../../src/core/money';
import { costOfParts } from '../../../src/core/planCost';
import { formatDate } from '../../../src/renderer/format/dates';
import { formatMoney } from '../../../src/renderer/format/money';
import { playwrightPdfOptions, printReadySelector } from '../../../src/shared/printOptions';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';
import { exportScenario, planCommand } from './household';
import { receiptFile, recordPayment } from './livingSteps';

/**
 * The packet for one lender, made from a household imported through the Data page, read back
 * with pdftotext: what that lender must see (its debt, the plan's own figures for it, the
 * situation at the chosen privacy level, the statement, the evidence titles) and what it must
 * never see (another lender's name, a call note, another lender's statement).
 */
const scenarioFile = fixtureFile('07-agreements.scenario.json');
/** A household with no agreement yet: the card's proposal is made in the app. */
const proposalFile = fixtureFile('03-mixed-avalanche.scenario.json');
/** What the test reads and changes of an exported scenario: the card's agreements. */
interface ProposingScenario {
  debts: { id: string; agreements: { date: string; status?: string }[] }[];
}
type Language = 'zh-CN' | 'en';

const words = {
  'zh-CN': {
    since: '逾期开始日期',
    cause: '遇到了什么困难',
    generate: '生成情况说明',
    statementText: '情况说明正文',
    evidenceStatus: '收入证明 / 工资单 状态',
    have: '已有',
    evidenceList: '证明材料清单 1. 收入证明 / 工资单',
    contacts: '协商记录',
    newContact: '新增记录',
    who: '对方（姓名或工号）',
    said: '我说了什么',
    saveContact: '保存记录',
    open: '导出给此机构的材料',
    privacy: '我的情况显示多少',
    others: '附上其他债务的数量和总额',
    exportPdf: '导出 PDF…',
    copy: '复制情况说明和方案',
    copied: '已复制',
    saveText: '保存为文本…',
    title: '致信用卡：个人情况与还款方案',
    othersHeading: '其他债务（只列数量和总额）',
    totals: (income: string, fixed: string) => `每月收入 ${income}，固定开支 ${fixed}`,
    overdue: (days: number) => `已逾期 ${days} 天`,
    installment: '分 36 期',
    payments: '附上我给这家机构的还款记录',
    paymentsHeading: '已还款记录（证据）',
    receiptKept: '已附截图',
    paidInAll: (amount: string) => `合计已还 ${amount}`,
    addProposal: '加入协商方案（待协商）',
    added: '已加入，状态为“待协商”。',
    within24: '高于 4 倍 LPR（12 %），但不超过 24 %。',
    aprTitle: '分期的真实年化利率',
    apr: (apr: string) => `年化利率 ${apr} %`,
    irr: (apr: string) => `年化利率（IRR）${apr}%`,
    ifAccepted: '以下数字假定贵方接受所提方案',
    scheduleIfAccepted: '接受方案后的每月还款计划',
    outcome: (paid: string, cost: string) =>
      `如接受此方案，共还给贵方 ${paid}，其中利息、罚息和费用 ${cost}`,
    fits: (affordable: string) => `计划能从上面每月 ${affordable} 中按时足额支付它要求的每一笔`,
  },
  en: {
    since: 'Overdue since',
    cause: 'What happened',
    generate: 'Draft the statement',
    statementText: 'Statement text',
    evidenceStatus: 'Income proof / payslips Status',
    have: 'Have',
    evidenceList: 'List of evidence 1. Income proof / payslips',
    contacts: 'Contact log',
    newContact: 'New entry',
    who: 'Who (name or staff ID)',
    said: 'What I said',
    saveContact: 'Save entry',
    open: 'Export for this lender',
    privacy: 'How much of my situation to show',
    others: 'Include the count and total of my other debts',
    exportPdf: 'Export PDF…',
    copy: 'Copy statement and proposal',
    copied: 'Copied',
    saveText: 'Save as text…',
    title: 'To 信用卡: my situation and repayment proposal',
    othersHeading: 'Other debts (count and total only)',
    totals: (income: string, fixed: string) => `Monthly income ${income}, fixed costs ${fixed}`,
    overdue: (days: number) => `Overdue for ${days} days`,
    installment: '36 months',
    payments: 'Include my payment records to this lender',
    paymentsHeading: 'Payments made (evidence)',
    receiptKept: 'Screenshot attached',
    paidInAll: (amount: string) => `${amount} paid in total`,
    addProposal: 'Add as a proposal',
    added: 'Added, marked "proposed".',
    within24: 'Above 4 × LPR (12%), but not above 24%.',
    aprTitle: 'The real annual rate of the installments',
    apr: (apr: string) => `an annual rate of ${apr} %`,
    irr: (apr: string) => `effective annual rate (IRR) ${apr}%`,
    ifAccepted: 'The figures below assume you accept the proposal',
    scheduleIfAccepted: 'Monthly repayment plan if you accept the proposal',
    outcome: (paid: string, cost: string) =>
      `If you accept it, you are paid ${paid} in all, of which ${cost} is interest`,
    fits: (affordable: string) =>
      `the plan pays every payment it asks for in full and on time out of the ${affordable} a month above`,
  },
} as const;

/**
 * What no packet for 信用卡 may hold: the other lenders, the call note, the other statement, a
 * payment made to another lender (its note and its amount).
 */
const secrets = [
  '借呗',
  '朋友借款',
  'CALL-NOTE-7731',
  'STAFF-8831',
  'JIEBEI-STATEMENT-4410',
  'JIEBEI-PAY-9917',
  '987.65',
];
/** The card's own payments: in its packet only when chosen. */
const cardPayments = { first: '123.45', second: '200.00', total: '323.45', note: 'CARD-PAY-5521' };
const localeOf = { 'zh-CN': 'zh-CN', en: 'en-US' } as const;

const squash = (s: string) => s.replace(/\s+/g, '');
const pdfText = (pdf: string) => execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
const outDir = () => mkdtempSync(join(tmpdir(), 'ashore-packet-'));

function isoDaysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The engine's own figures for the card, planned from the same file the household came from. */
function engineFigures(language: Language) {
  const validation = validateScenario(JSON.parse(readFileSync(scenarioFile, 'utf8')));
  if (!validation.ok) throw new Error('the fixture is valid');
  const result = plan(validation.scenario);
  const card = result.summary.debts.find((d) => d.id === 'card');
  if (!card) throw new Error('the fixture has a card');
  const money = (amount: string) => formatMoney(amount, 'CNY', language);
  return {
    paid: money(card.paid),
    cost: money(costOfParts(card).toFixed(2)),
    affordable: money(result.summary.affordableMonthly),
    income: money('6000.00'),
    fixedCosts: money('3000.00'),
  };
}

/**
 * A statement and a payment for 借呗 and, for the card, a statement, evidence in hand, a call
 * note and two payments (one with a receipt), all typed into the app's forms.
 */
async function gatherRecords(page: Page, language: Language) {
  const w = words[language];
  const locale = localeOf[language];
  await recordPayment(page, locale, {
    debt: '借呗',
    date: isoDaysAgo(6),
    amount: '987.65',
    note: 'JIEBEI-PAY-9917',
  });
  await recordPayment(page, locale, {
    debt: '信用卡',
    date: isoDaysAgo(5),
    amount: cardPayments.first,
    note: cardPayments.note,
    receipt: receiptFile(),
  });
  await recordPayment(page, locale, {
    debt: '信用卡',
    date: isoDaysAgo(4),
    amount: cardPayments.second,
  });
  await openApp(page, 'negotiation/jiebei');
  await page.getByLabel(w.cause).fill('JIEBEI-STATEMENT-4410');
  await page.getByRole('button', { name: w.generate }).click();
  await expect(page.getByLabel(w.statementText)).toHaveValue(/JIEBEI-STATEMENT-4410/);

  await openApp(page, 'negotiation/card');
  await page.getByLabel(w.since).fill(isoDaysAgo(40));
  await page.getByLabel(w.evidenceStatus).selectOption({ label: w.have });
  await page.getByLabel(w.cause).fill('CARD-CAUSE-2026');
  await page.getByRole('button', { name: w.generate }).click();
  await expect(page.getByLabel(w.statementText)).toHaveValue(/CARD-CAUSE-2026/);
  const log = page.getByRole('region', { name: w.contacts, exact: true });
  await log.getByRole('button', { name: w.newContact }).click();
  await log.getByLabel(w.who).fill('STAFF-8831');
  await log.getByLabel(w.said).fill('CALL-NOTE-7731');
  await log.getByRole('button', { name: w.saveContact }).click();
  await expect(log.getByText('CALL-NOTE-7731')).toBeVisible();
}

/** The panel's Export PDF: in browser mode the packet opens in a tab, printed here to a file. */
async function exportPacket(
  page: Page,
  language: Language,
  privacy: string,
  others: boolean,
  payments: boolean,
) {
  const w = words[language];
  await page.getByLabel(w.privacy).selectOption(privacy);
  await page.getByLabel(w.others).setChecked(others);
  await page.getByLabel(w.payments).setChecked(payments);
  const opened = page.context().waitForEvent('page');
  await page.getByRole('button', { name: w.exportPdf }).click();
  const print = await opened;
  await print.waitForSelector(printReadySelector, { state: 'attached', timeout: 30_000 });
  expect(print.url()).toContain(`privacy=${privacy}`);
  expect(print.url().includes('payments=1')).toBe(payments);
  const file = join(outDir(), `packet-${privacy}.pdf`);
  await print.pdf({ ...playwrightPdfOptions(isoDaysAgo(0)), path: file });
  await print.close();
  return pdfText(file);
}

for (const [locale, language] of [
  ['zh-CN', 'zh-CN'],
  ['en-US', 'en'],
] as const) {
  test.describe(`the lender packet in ${language}`, () => {
    test.use({ locale });

    test('holds only what concerns that lender, at each privacy level; the text copies and saves', async ({
      page,
      context,
    }) => {
      test.setTimeout(180_000);
      const w = words[language];
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await importScenarioFile(page, scenarioFile);
      await gatherRecords(page, language);
      const figures = engineFigures(language);
      await page.getByRole('button', { name: w.open }).click();
      await expect(page.getByRole('button', { name: w.open })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
      const axe = await new AxeBuilder({ page }).include('.lender-packet-export').analyze();
      const grave = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(grave.map((v) => v.id)).toEqual([]);

      const packets = {
        full: await exportPacket(page, language, 'full', false, false),
        totals: await exportPacket(page, language, 'totals', true, true),
        capacity: await exportPacket(page, language, 'capacity', false, false),
      };
      for (const [level, text] of Object.entries(packets)) {
        const flat = squash(text);
        for (const must of [
          w.title,
          w.overdue(40),
          w.installment,
          'CARD-CAUSE-2026',
          w.evidenceList,
          figures.paid,
          figures.cost,
          figures.affordable,
        ]) {
          expect(flat, `${level}: ${must}`).toContain(squash(must));
        }
        for (const secret of secrets) expect(text, `${level}: ${secret}`).not.toContain(secret);
      }
      // Full: every budget line; totals: the sums only; capacity: only what is left to pay with.
      expect(packets.full).toContain('salary');
      const totals = squash(w.totals(figures.income, figures.fixedCosts));
      expect(squash(packets.full)).toContain(totals);
      expect(packets.totals).not.toContain('salary');
      expect(squash(packets.totals)).toContain(totals);
      expect(packets.capacity).not.toContain('salary');
      expect(squash(packets.capacity)).not.toContain(totals);
      // The other lenders only as a count and a total, and only when chosen.
      expect(packets.totals).toContain(w.othersHeading);
      expect(packets.full).not.toContain(w.othersHeading);
      expect(packets.capacity).not.toContain(w.othersHeading);
      // The card's payments only when chosen: each with its note, a receipt as a mark, a total.
      const money = (amount: string) => formatMoney(amount, 'CNY', language);
      const withPayments = squash(packets.totals);
      for (const must of [
        w.paymentsHeading,
        cardPayments.note,
        money(cardPayments.first),
        money(cardPayments.second),
        w.receiptKept,
        w.paidInAll(money(cardPayments.total)),
      ]) {
        expect(withPayments, must).toContain(squash(must));
      }
      for (const text of [packets.full, packets.capacity]) {
        expect(text).not.toContain(w.paymentsHeading);
        expect(text).not.toContain(cardPayments.note);
      }

      // The statement and the proposal as plain text: copied, and saved as the same .txt.
      await page.getByRole('button', { name: w.copy }).click();
      await expect(page.getByRole('status').filter({ hasText: w.copied })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain('CARD-CAUSE-2026');
      expect(squash(copied)).toContain(squash(w.installment));
      expect(squash(copied)).toContain(squash(figures.paid));
      for (const secret of secrets) expect(copied).not.toContain(secret);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: w.saveText }).click();
      const saved = await download;
      expect(saved.suggestedFilename()).toMatch(/^信用卡-.+\.txt$/);
      expect(readFileSync((await saved.path()) ?? '', 'utf8')).toBe(copied);
    });

    test('puts a proposal not yet agreed with the engine’s APR, payment, total cost and schedule, in the app and the pdf command', async ({
      page,
      context,
    }) => {
      test.setTimeout(180_000);
      const w = words[language];
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const money = (amount: string) => formatMoney(amount, 'CNY', language);
      // Fixture 03: the assistant offers the card an installment at its own rate (within 24 %).
      await importScenarioFile(page, proposalFile);
      await openApp(page, 'negotiation/card');
      const option = page
        .locator('ul.proposal-list > li')
        .filter({ hasText: w.aprTitle })
        .filter({ hasText: w.within24 })
        .first();
      await option.getByRole('button', { name: w.addProposal }).click();
      await expect(page.getByText(w.added)).toBeVisible();

      // The engine's figures: the exported household planned with its proposal agreed (§8).
      const dir = outDir();
      const exported = await exportScenario(page, dir);
      const proposing = JSON.parse(readFileSync(exported, 'utf8')) as ProposingScenario;
      const card = proposing.debts.find((d) => d.id === 'card');
      const proposal = card?.agreements.find((a) => a.status === 'proposed');
      if (!card || !proposal) throw new Error('the exported card has the proposal');
      proposal.status = 'agreed';
      const agreedFile = join(dir, 'agreed.scenario.json');
      writeFileSync(agreedFile, JSON.stringify(proposing));
      const { summary } = planCommand(agreedFile);
      const line = summary.installments.find(
        (row) => row.debtId === 'card' && row.date === proposal.date,
      );
      const debt = summary.debts.find((d) => d.id === 'card');
      if (!line || !debt) throw new Error('the plan with it agreed runs the installment');
      const must = [
        w.ifAccepted,
        w.aprTitle,
        w.apr(line.apr),
        w.within24,
        money(line.payment),
        money(line.totalCost),
        w.outcome(money(debt.paid), money(costOfParts(debt).toFixed(2))),
        w.fits(money(summary.affordableMonthly)),
        w.scheduleIfAccepted,
      ];
      // Still nothing about the other lenders, nor the budget's lines at this privacy level.
      const others = ['花呗', '微粒贷', '工资'];

      await openApp(page, 'negotiation/card');
      await page.getByRole('button', { name: w.open }).click();
      const packet = await exportPacket(page, language, 'capacity', false, false);
      for (const text of must) expect(squash(packet), text).toContain(squash(text));
      for (const secret of others) expect(packet, secret).not.toContain(secret);
      // The text to paste holds the same figures.
      await page.getByRole('button', { name: w.copy }).click();
      await expect(page.getByRole('status').filter({ hasText: w.copied })).toBeVisible();
      const copied = squash(await page.evaluate(() => navigator.clipboard.readText()));
      for (const text of [w.irr(line.apr), money(line.payment), money(line.totalCost)]) {
        expect(copied, `copied: ${text}`).toContain(squash(text));
      }
      for (const secret of others) expect(copied, `copied: ${secret}`).not.toContain(secret);

      // The pdf command prints the same packet from the exported file, the proposal still proposed.
      const file = join(dir, 'cli-proposal.pdf');
      const args = [exported, file, '--lang', language, '--lender', 'card'];
      execFileSync('node_modules/.bin/tsx', ['src/cli/pdf.ts', ...args], { encoding: 'utf8' });
      const printed = pdfText(file);
      for (const text of must) expect(squash(printed), `pdf: ${text}`).toContain(squash(text));
      for (const secret of others) expect(printed, `pdf: ${secret}`).not.toContain(secret);
    });
  });
}

test.describe('the pdf command with --lender', () => {
  test('prints the packet for one lender from a scenario file', async ({ page }) => {
    test.setTimeout(120_000);
    const file = join(outDir(), 'cli-packet.pdf');
    execFileSync(
      'node_modules/.bin/tsx',
      [
        'src/cli/pdf.ts',
        scenarioFile,
        file,
        '--lang',
        'en',
        '--lender',
        'card',
        '--privacy',
        'totals',
      ],
      { encoding: 'utf8' },
    );
    const text = pdfText(file);
    const figures = engineFigures('en');
    for (const must of [words.en.title, figures.paid, figures.cost, figures.income]) {
      expect(squash(text)).toContain(squash(must));
    }
    expect(text).not.toContain('salary');
    for (const secret of ['借呗', '朋友借款']) expect(text).not.toContain(secret);
    // Without --payments the scenario's actuals stay out of the packet.
    expect(text).not.toContain(words.en.paymentsHeading);
    // The tests' page fixture checks every request stayed on the app's origin.
    await openApp(page, 'home');
  });

  test('adds the payments made to that lender, from the scenario’s actuals, with --payments', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const lived = fixtureFile('15-actuals-as-lived.scenario.json');
    const file = join(outDir(), 'cli-packet-payments.pdf');
    const args = [lived, file, '--lang', 'en', '--lender', 'card', '--payments'];
    execFileSync('node_modules/.bin/tsx', ['src/cli/pdf.ts', ...args], { encoding: 'utf8' });
    const text = squash(pdfText(file));
    const actuals = (
      JSON.parse(readFileSync(lived, 'utf8')) as {
        actuals: { payments: { date: string; debtId: string; amount: string }[] };
      }
    ).actuals.payments;
    const card = actuals.filter((p) => p.debtId === 'card');
    const paidInAll = card.reduce((sum, p) => sum.plus(p.amount), new Dec(0)).toFixed(2);
    expect(text).toContain(squash(words.en.paymentsHeading));
    expect(text).toContain(squash(words.en.paidInAll(formatMoney(paidInAll, 'CNY', 'en'))));
    // Each of the card's payments by its date; no other lender's payment day is in the packet.
    const cardDays = new Set(card.map((p) => p.date));
    for (const payment of card) expect(text).toContain(squash(formatDate(payment.date, 'en')));
    for (const payment of actuals.filter((p) => !cardDays.has(p.date))) {
      expect(text, payment.date).not.toContain(squash(formatDate(payment.date, 'en')));
    }
    await openApp(page, 'home');
  });
});
