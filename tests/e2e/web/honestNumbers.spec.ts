import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { printReadySelector } from '../../../src/shared/printOptions';
import { expect, openApp, test } from './fixtures';
import {
  type Language,
  type PlanOutput,
  exportAndPlan,
  householdWords,
  planCommand,
  typeHousehold,
} from './household';
import { costCents, cents, dateText, figure, money } from './planFigures';

/** Issue 12, read through the household typed as a person would, in both languages. */
const words = {
  zh: {
    locale: 'zh-CN',
    language: 'zh-CN',
    cheaperTitle: '有更省钱的还款顺序',
    snowball: '先还余额最小的（滚雪球法）',
    switch: '改用先还余额最小的（滚雪球法）',
    why: '先付哪一笔比利率高低更要紧',
    debtFreeDate: '预计上岸日期',
    cost: '未来要付的利息、罚息和费用',
    jiebei: '借呗',
    edit: (name: string) => `编辑“${name}”`,
    overdueSince: '逾期开始日期',
    negotiation: '协商',
    lenders: '选择机构',
    addProposal: /加入协商方案/,
    addedPending: '已加入，状态为“待协商”。',
    review: '检查后标记为已同意',
    breach: '违约检查：如果对方同意',
    confirm: /^(确认：对方已同意|仍然标记为已同意)$/,
    costSaved: /^共(省下|多付)$/,
    inPlan: '对方已同意：这个方案已计入当前计划',
    penaltyAvoided: '少付罚息',
    contacts: '协商记录',
    newContact: '新增记录',
    said: '我说了什么',
    followUp: '下次跟进日期',
    saveContact: '保存记录',
    markDone: '标记为已跟进',
    followedUp: '已跟进',
    markNotDone: '改回未跟进',
    schedule: '还款明细',
    table: /逐月还款明细/,
    month: '2026年12月',
    unpaid: '应还未还',
    show: '显示',
    huabei: '花呗',
    penaltyOf: (month: string, value: string) => `借呗，${month}，罚息：${value}，查看计算过程`,
    dialog: '借呗 · 2026年12月 · 罚息',
    installment: '每期应还',
    required: '必填',
    editSalary: '编辑“工资”',
    amountLabel: '金额',
    yearAhead: '未来 12 个月欠款变化',
    wayOut: '出路是与机构协商',
    languageLabel: '界面语言',
    otherLanguage: 'en',
    endMonthOther: 'End month (optional)',
    monthEchoOther: 'March 2027',
    payoffChart: '每笔债务的余额',
    paymentsChart: '每月还给谁',
    paidOff: (name: string) => `还清：${name}`,
    choose: '选用',
    strategyRows: [
      '先还成本最高的（雪崩法）',
      '先还余额最小的（滚雪球法）',
      '只还最低还款',
      '什么都不还',
    ],
    chooseMonth: '请选择月份',
    incomes: '收入',
    add: /^添加/,
    frequency: '频率',
    yearly: '每年一次',
    principal: '本金',
    save: '保存',
    cancel: '取消',
  },
  en: {
    locale: 'en-US',
    language: 'en',
    cheaperTitle: 'A cheaper order of payments',
    snowball: 'Smallest balance first (snowball)',
    switch: 'Switch to Smallest balance first (snowball)',
    why: 'which dues get paid first matters more than the rates',
    debtFreeDate: 'Debt-free date',
    cost: 'Interest, penalty and fees ahead',
    jiebei: 'Jiebei 借呗',
    edit: (name: string) => `Edit "${name}"`,
    overdueSince: 'Overdue since',
    negotiation: 'Negotiate',
    lenders: 'Choose a lender',
    addProposal: /Add as a proposal/,
    addedPending: 'Added, marked "proposed".',
    review: 'Check, then mark agreed',
    breach: 'Breach check: if the lender agrees',
    confirm: /^(Confirm: the lender agreed|Mark agreed anyway)$/,
    costSaved: /^(Saved in all|Costs more in all)$/,
    inPlan: 'Agreed by the lender: this proposal is part of the current plan',
    penaltyAvoided: 'Penalty avoided',
    contacts: 'Contact log',
    newContact: 'New entry',
    said: 'What I said',
    followUp: 'Next follow-up',
    saveContact: 'Save entry',
    markDone: 'Mark followed up',
    followedUp: 'Followed up',
    markNotDone: 'Mark as not done',
    schedule: 'Schedule',
    table: /Month-by-month schedule/,
    month: 'Dec 2026',
    unpaid: 'Due, not paid',
    show: 'Show',
    huabei: 'Huabei 花呗',
    penaltyOf: (month: string, value: string) =>
      `Jiebei 借呗, ${month}, Penalty interest: ${value}, show how it was worked out`,
    dialog: 'Jiebei 借呗 · Dec 2026 · Penalty interest',
    installment: 'Installment due each month',
    required: 'Required',
    editSalary: 'Edit "工资"',
    amountLabel: 'Amount',
    yearAhead: 'Change in what you owe over 12 months',
    wayOut: 'The way out is to negotiate with the lenders',
    languageLabel: 'Language',
    otherLanguage: 'zh-CN',
    endMonthOther: '结束月份（可选）',
    monthEchoOther: '2027年3月',
    payoffChart: 'Balance of each debt',
    paymentsChart: 'Who gets paid each month',
    paidOff: (name: string) => `Paid off: ${name}`,
    choose: /^Use /,
    strategyRows: [
      'Highest cost first (avalanche)',
      'Smallest balance first (snowball)',
      'Minimum payments only',
      'Pay nothing',
    ],
    chooseMonth: 'Choose the month',
    incomes: 'Income',
    add: /^Add/,
    frequency: 'Frequency',
    yearly: 'Once a year',
    principal: 'Principal',
    save: 'Save',
    cancel: 'Cancel',
  },
} as const;

async function expectNoGraveAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const grave = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(grave.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
}

/** The same household planned with another strategy, by the plan command. */
function planWith(file: string, strategy: string): PlanOutput {
  const other = file.replace(/\.scenario\.json$/, `.${strategy}.scenario.json`);
  const scenario = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(other, JSON.stringify({ ...scenario, strategy }));
  return planCommand(other);
}

for (const language of ['zh', 'en'] as Language[]) {
  const w = words[language];
  test.describe(`issue 12 household in ${w.locale}`, () => {
    test.use({ locale: w.locale });

    test('the overview recommends the cheaper order, by the plan command, and one click switches', async ({
      page,
    }, info) => {
      test.setTimeout(120_000);
      await typeHousehold(page, language);
      const { file, plan } = await exportAndPlan(page, info.outputDir);
      const snowball = planWith(file, 'snowball');
      expect(costCents(snowball.summary)).toBeLessThan(costCents(plan.summary));

      await openApp(page, 'home');
      await expect(figure(page, w.cost)).toHaveText(money(costCents(plan.summary), w.language));
      const note = page.getByRole('region', { name: w.cheaperTitle });
      await expect(note).toContainText(w.snowball);
      await expect(note).toContainText(
        money(costCents(plan.summary) - costCents(snowball.summary), w.language),
      );
      await expect(note).toContainText(w.why);
      await expectNoGraveAxeViolations(page);

      await note.getByRole('button', { name: w.switch }).click();
      await expect(note).toHaveCount(0);
      await expect(figure(page, w.cost)).toHaveText(money(costCents(snowball.summary), w.language));
      await expect(figure(page, w.debtFreeDate)).toHaveText(
        dateText(snowball.summary.debtFreeDate ?? '', w.language),
      );
    });

    test('the schedule reads one month a line, shows unpaid dues, and opens a month or a debt', async ({
      page,
    }, info) => {
      test.setTimeout(120_000);
      await typeHousehold(page, language);
      const { plan } = await exportAndPlan(page, info.outputDir);
      const first = plan.schedule[0];
      if (!first) throw new Error('the plan has no first month');
      const unpaid = first.debts.reduce((sum, d) => sum + cents(d.due) - cents(d.payment), 0);
      expect(unpaid).toBeGreaterThan(0);

      await openApp(page, 'schedule');
      const table = page.getByRole('region', { name: w.table });
      const header = table.getByRole('row').first();
      await expect(header.getByRole('columnheader')).toHaveCount(7);
      await expect(header).toContainText(w.unpaid);
      const december = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: w.month, exact: true }) });
      await expect(december).toContainText(money(unpaid, w.language));
      await expect(december).toContainText(money(cents(first.paid), w.language));

      // Opened, the month lists its budget and its four debts; every figure explains itself.
      await table.getByRole('button', { name: w.month, exact: true }).click();
      const jiebei = first.debts.find((d) => d.id.startsWith('jiebei'));
      if (!jiebei) throw new Error('no 借呗 in the first month');
      await table
        .getByRole('button', {
          name: w.penaltyOf(w.month, money(cents(jiebei.penalty), w.language)),
        })
        .click();
      const dialog = page.getByRole('dialog', { name: w.dialog });
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expectNoGraveAxeViolations(page);
      await table
        .getByRole('button', {
          name: w.penaltyOf(w.month, money(cents(jiebei.penalty), w.language)),
        })
        .click();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      // One debt picked: its months only, each with all its columns.
      await page.getByLabel(w.show, { exact: true }).selectOption({ label: w.huabei });
      await expect(header.getByRole('columnheader')).toHaveCount(9);
      await expect(header.getByRole('columnheader').first()).toHaveText(w.huabei);
    });

    test('the overdue date is asked where debts are entered, of overdue debts only', async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await typeHousehold(page, language);
      // A current 花呗: no overdue date, here or on the negotiation page.
      await page.getByRole('button', { name: w.edit(w.huabei) }).click();
      await expect(page.getByLabel(w.principal, { exact: true })).toBeVisible();
      await expect(page.getByLabel(w.overdueSince, { exact: true })).toHaveCount(0);
      await page.getByRole('button', { name: w.cancel }).click();

      await page.getByRole('button', { name: w.edit(w.jiebei) }).click();
      await page.getByLabel(w.overdueSince, { exact: true }).fill('2026-10-09');
      await page.getByRole('button', { name: w.save }).click();
      await expect(page.getByLabel(w.overdueSince, { exact: true })).toHaveCount(0);

      await page.getByRole('link', { name: w.negotiation, exact: true }).click();
      const lenders = page.getByRole('navigation', { name: w.lenders });
      await lenders.getByRole('link', { name: new RegExp(`^${w.huabei}`) }).click();
      await expect(page.getByRole('heading', { level: 2, name: w.huabei })).toBeVisible();
      await expect(page.getByLabel(w.overdueSince, { exact: true })).toHaveCount(0);
      await lenders.getByRole('link', { name: new RegExp(`^${w.jiebei}`) }).click();
      await expect(page.getByRole('heading', { level: 2, name: w.jiebei })).toBeVisible();
      await expect(page.getByLabel(w.overdueSince, { exact: true })).toHaveValue('2026-10-09');
      await expectNoGraveAxeViolations(page);
    });

    test('an agreement reads the same on its card and in the breach check, and once agreed says so', async ({
      page,
    }) => {
      test.setTimeout(150_000);
      await typeHousehold(page, language);
      await page.getByRole('link', { name: w.negotiation, exact: true }).click();
      const lenders = page.getByRole('navigation', { name: w.lenders });
      await lenders.getByRole('link', { name: new RegExp(`^${w.jiebei}`) }).click();
      await expect(page.getByRole('heading', { level: 2, name: w.jiebei })).toBeVisible();

      const card = page
        .locator('.proposal')
        .filter({ has: page.getByRole('button', { name: w.addProposal }) })
        .first();
      const title = await card.getByRole('heading').innerText();
      const saving = async (where: Locator) => {
        const term = where.locator('dt').filter({ hasText: w.costSaved });
        return `${await term.innerText()} ${await term.locator('xpath=following-sibling::dd').innerText()}`;
      };
      const onCard = await saving(card);
      await card.getByRole('button', { name: w.addProposal }).click();
      const status = page.getByRole('status').filter({ hasText: w.addedPending });
      await expect(status).toBeVisible();

      await page.getByRole('button', { name: w.review }).click();
      const breach = page.getByRole('region', { name: w.breach });
      await expect(breach.locator('dt').filter({ hasText: w.costSaved })).toBeVisible();
      expect(await saving(breach)).toBe(onCard);
      await breach.getByRole('button', { name: w.confirm }).click();

      const agreed = page
        .locator('.proposal')
        .filter({ has: page.getByRole('heading', { name: title, exact: true }) });
      await expect(agreed).toContainText(w.inPlan);
      await expect(agreed).not.toContainText(w.penaltyAvoided);
      await expect(status).toHaveCount(0);

      // A follow-up is pending, then done: said in words, with the button that changes it.
      const log = page.getByRole('region', { name: w.contacts, exact: true });
      await log.getByRole('button', { name: w.newContact }).click();
      await log.getByLabel(w.said).fill('asked for an installment plan');
      await log.getByLabel(w.followUp).fill('2026-12-20');
      await log.getByRole('button', { name: w.saveContact }).click();
      const entry = log.locator('.contact-entry').first();
      await expect(entry.getByRole('checkbox')).toHaveCount(0);
      await expect(entry.getByText(w.followedUp, { exact: true })).toHaveCount(0);
      await entry.getByRole('button', { name: w.markDone }).click();
      await expect(entry.getByText(w.followedUp, { exact: true })).toBeVisible();
      await expect(entry.getByRole('button', { name: w.markNotDone })).toBeVisible();
      await expectNoGraveAxeViolations(page);
    });

    test('a budget item asks for its month only once it could have been chosen', async ({
      page,
    }) => {
      await openApp(page, 'budget');
      const incomes = page.getByRole('region', { name: w.incomes, exact: true });
      await incomes.getByRole('button', { name: w.add }).click();
      await incomes.getByLabel(w.frequency, { exact: true }).selectOption({ label: w.yearly });
      await expect(incomes.getByRole('alert')).toHaveCount(0);
      await incomes.getByRole('button', { name: w.save }).click();
      await expect(incomes.getByRole('alert').filter({ hasText: w.chooseMonth })).toBeVisible();
      // … with the name and amount left empty: three problems, each beside its field.
      await expect(incomes.getByRole('alert')).toHaveCount(3);
    });

    test('choosing a strategy leaves the rows where they are', async ({ page }) => {
      test.setTimeout(120_000);
      await typeHousehold(page, language);
      await openApp(page, 'strategies');
      const rows = page.locator('table.comparison tbody tr');
      const order = async () =>
        (await rows.locator('th').allInnerTexts()).map((text) => text.trim());
      const expectOrder = async () => {
        await expect(rows).toHaveCount(w.strategyRows.length);
        const names = await order();
        w.strategyRows.forEach((name, index) => expect(names[index]).toContain(name));
      };
      await expectOrder();
      await rows.nth(1).getByRole('button', { name: w.choose }).click();
      await expect(rows.nth(1).locator('.badge')).toBeVisible();
      await expectOrder();
    });

    test('charts: the last payoff is named, no label touches the axis, the money line fits the bars', async ({
      page,
    }, info) => {
      test.setTimeout(120_000);
      await typeHousehold(page, language);
      const { plan } = await exportAndPlan(page, info.outputDir);
      const last = [...plan.summary.debts].sort(
        (a, b) => (b.payoffMonth ?? 0) - (a.payoffMonth ?? 0),
      )[0];
      const presets: Record<string, string> = householdWords[language].presets;
      const lastName = presets[last?.id.split('-')[0] ?? ''] ?? 'no debt paid off';
      await openApp(page, 'home');
      const payoff = page.locator('figure.chart').filter({ hasText: w.payoffChart });
      const labels = payoff.locator('svg text').filter({ hasText: w.paidOff('') });
      await expect(labels.filter({ hasText: w.paidOff(lastName) })).toHaveCount(1);
      const axisRight = await payoff.locator('.recharts-yAxis').evaluate((axis) => {
        const box = axis.getBoundingClientRect();
        return box.right;
      });
      for (const box of await labels.evaluateAll((texts) =>
        texts.map((text) => text.getBoundingClientRect().left),
      ))
        expect(box).toBeGreaterThan(axisRight + 2);

      // The money line changes level between bars, never across one.
      // Scrolled to, as a person would: a chart is drawn when it comes near the view.
      const payments = page.locator('figure.chart').filter({ hasText: w.paymentsChart });
      await payments.scrollIntoViewIfNeeded();
      await expect(payments.locator('.capacity-line .recharts-line-curve')).toBeVisible();
      const crossing = await payments.evaluate((figure) => {
        // Each series is one path, a rectangle per month: "M left,top h width V bottom h -width Z".
        const bars = [...figure.querySelectorAll<SVGPathElement>('path.stacked-bar')].flatMap(
          (path) => {
            const ctm = path.getScreenCTM();
            const d = path.getAttribute('d') ?? '';
            return [...d.matchAll(/M(-?[\d.]+),-?[\d.]+h(-?[\d.]+)/g)].map((m) => {
              const left = Number(m[1]);
              const right = left + Number(m[2]);
              return [
                (ctm?.a ?? 1) * left + (ctm?.e ?? 0),
                (ctm?.a ?? 1) * right + (ctm?.e ?? 0),
              ] as const;
            });
          },
        );
        const line = figure.querySelector('.capacity-line .recharts-line-curve');
        const d = line?.getAttribute('d') ?? '';
        const points = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [
          Number(m[1]),
          Number(m[2]),
        ]);
        const origin = (line as SVGGraphicsElement | null)?.getScreenCTM();
        const xs = points
          .filter((p, i) => i > 0 && points[i - 1]?.[0] === p[0] && points[i - 1]?.[1] !== p[1])
          .map((p) => (origin ? origin.a * (p[0] ?? 0) + origin.e : 0));
        return {
          bars: bars.length,
          steps: xs.length,
          crossing: xs.filter((x) => bars.some(([left, right]) => x > left + 1 && x < right - 1)),
        };
      });
      // Bars and steps were found: the check below looked at a drawing, not at nothing.
      expect(crossing.bars).toBeGreaterThan(0);
      expect(crossing.steps).toBeGreaterThan(0);
      expect(crossing.crossing).toEqual([]);
    });

    test("month fields take typed digits and speak the app's language, not the browser's", async ({
      page,
    }) => {
      await openApp(page, 'settings');
      await page.getByLabel(w.languageLabel, { exact: true }).selectOption(w.otherLanguage);
      await openApp(page, 'budget');
      const other = householdWords[language === 'zh' ? 'en' : 'zh'];
      const incomes = page.getByRole('region', { name: other.incomes, exact: true });
      await incomes.getByRole('button', { name: other.add }).click();
      await incomes.getByLabel(other.name, { exact: true }).fill('工资');
      await incomes.getByLabel(other.amount, { exact: true }).fill('9000');
      const end = incomes.getByLabel(w.endMonthOther);
      await end.pressSequentially('2027/3');
      await expect(end).toHaveAccessibleDescription(new RegExp(w.monthEchoOther));
      await incomes.getByRole('button', { name: other.save }).click();
      await expect(incomes.getByRole('row', { name: /工资/ })).toContainText(w.monthEchoOther);
    });

    test('a plan that never ends shows the year ahead and the way out, never a compounded total', async ({
      page,
    }, info) => {
      test.setTimeout(150_000);
      await typeHousehold(page, language);
      await openApp(page, 'budget');
      const incomes = page.getByRole('region', {
        name: householdWords[language].incomes,
        exact: true,
      });
      await incomes.getByRole('button', { name: w.editSalary }).click();
      await incomes.getByLabel(w.amountLabel, { exact: true }).fill('6,500');
      await incomes.getByRole('button', { name: householdWords[language].save }).click();
      const { plan } = await exportAndPlan(page, info.outputDir);
      expect(plan.summary.debtFree).toBe(false);
      const owedAfter = (plan.schedule[11]?.debts ?? []).reduce(
        (sum, d) => sum + cents(d.balance),
        0,
      );
      const owedNow = cents('57300.00');

      await openApp(page, 'home');
      await expect(figure(page, w.yearAhead)).toHaveText(money(owedAfter - owedNow, w.language));
      await expect(page.locator('.figures')).toContainText(money(owedAfter, w.language));
      await expect(figure(page, w.cost)).toHaveCount(0);
      await expect(page.locator('.figures')).toContainText(w.wayOut);
      await expectNoGraveAxeViolations(page);

      // The strategy comparison costs it over its first year, never over the whole horizon.
      const firstYear = plan.schedule
        .slice(0, 12)
        .flatMap((row) => row.debts)
        .reduce((sum, d) => sum + cents(d.interest) + cents(d.penalty) + cents(d.fees), 0);
      await openApp(page, 'strategies');
      const chosenRow = page.locator('table.comparison tr.chosen');
      await expect(chosenRow).toContainText(money(firstYear, w.language));
      await expect(chosenRow).not.toContainText(money(costCents(plan.summary), w.language));

      // The PDF's summary says the same: the year ahead and the way out, no compounded total.
      await page.goto(`/#/print/${language === 'zh' ? 'zh-CN' : 'en'}`);
      await page.waitForSelector(printReadySelector, { state: 'attached', timeout: 30_000 });
      const summary = page.locator('.print-figures');
      await expect(summary).toContainText(w.yearAhead);
      await expect(summary).toContainText(money(owedAfter - owedNow, w.language));
      await expect(summary).toContainText(money(owedAfter, w.language));
      await expect(summary).not.toContainText(w.cost);
      await expect(page.locator('[aria-labelledby="print-summary"]')).toContainText(w.wayOut);
    });

    test('a current loan asks for its installment and cannot be saved without it', async ({
      page,
    }) => {
      await openApp(page, 'debts');
      await page.getByRole('button', { name: w.jiebei, exact: true }).click();
      await page.getByLabel(w.principal, { exact: true }).fill('12,000');
      const installment = page.getByLabel(w.installment, { exact: true });
      await expect(installment).toBeVisible();
      // Nothing is scolded before it is typed; saving without it says what is missing.
      await expect(page.getByRole('alert')).toHaveCount(0);
      await page.getByRole('button', { name: w.save }).click();
      await expect(installment).toHaveAccessibleDescription(new RegExp(w.required));
      await expect(page.getByRole('button', { name: w.save })).toBeDisabled();
      await installment.fill('1,080');
      await page.getByRole('button', { name: w.save }).click();
      const row = page.locator('table.debts-table tbody tr');
      await expect(row).toHaveCount(1);
      await row.getByRole('button').first().click();
      await expect(page.getByLabel(w.installment, { exact: true })).toHaveValue('1080');
    });
  });
}
