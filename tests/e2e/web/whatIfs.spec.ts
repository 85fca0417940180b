import { readFileSync, writeFileSync } from 'node:fs';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';
import {
  type Language,
  exportAndPlan,
  monthFromNow,
  planCommand,
  typeHousehold,
} from './household';
import { costCents, dateText, figure, money } from './planFigures';

/** Issue 12 items 1 and 2: what-ifs as people mean them, on the household typed through the UI. */
const words = {
  zh: {
    locale: 'zh-CN',
    language: 'zh-CN',
    extraMonthly: '我每月还能多还',
    onceAmount: '一次性拿出来还债',
    onceMonth: '在哪个月',
    cap: '每月最多还',
    capExplained: '是上限：超出的钱不会用来还债',
    stillNot: '仍然还不清，所以不显示总额',
    earlier: /上岸日期从 .+ 提前到 .+，早 \d+ 个月。/,
    less: /利息、罚息和费用从 .+ 降到 .+，少付 .+。/,
    noReserve: '全部用来还债，不从中留安全储备',
    clear3: /要在 3 年内还清，每月需还 ¥[\d,]+\.\d\d。/,
    clear5: /要在 5 年内还清，每月需还 ¥[\d,]+\.\d\d。/,
    courtCaveat: '超出的部分不会自己消失：要在协商或诉讼中主动提出，法院才会依申请调减。',
    wayOut: '出路是与机构协商',
    goNegotiate: '去协商',
    apply: '应用到我的计划',
    applied: '已应用到计划。',
    reset: '清空试算',
    extrasList: '为还债另外准备的钱',
    more: '每月多还',
    once: '一次性还款',
    debtFreeDate: '预计上岸日期',
    cost: '未来要付的利息、罚息和费用',
    notDebtFree: '年内无法还清',
    horizon: '计划看多远',
    tenYears: '10 年',
    fiveYears: '5 年',
  },
  en: {
    locale: 'en-US',
    language: 'en-US',
    extraMonthly: 'I can pay more each month',
    onceAmount: 'A one-off sum for the debts',
    onceMonth: 'In which month',
    cap: 'Never pay more than, a month',
    capExplained: 'is a cap: money above it does not go to the debts',
    stillNot: 'still not paid off, so no total is shown',
    earlier: /Debt-free date moves from .+ to .+: \d+ months earlier\./,
    less: /Interest, penalty and fees fall from .+ to .+: .+ less\./,
    noReserve: 'all goes to the debts; no reserve is taken from it',
    clear3: /To be debt-free within 3 years, pay ¥[\d,]+\.\d\d a month\./,
    clear5: /To be debt-free within 5 years, pay ¥[\d,]+\.\d\d a month\./,
    courtCaveat:
      'The excess does not vanish by itself: a court reduces it when you ask, in a negotiation or a lawsuit.',
    wayOut: 'The way out is to negotiate with the lenders',
    goNegotiate: 'Go to negotiation',
    apply: 'Apply to my plan',
    applied: 'Applied to the plan.',
    reset: 'Clear what-if',
    extrasList: 'Money set aside for the debts',
    more: 'More each month',
    once: 'One-off payment',
    debtFreeDate: 'Debt-free date',
    cost: 'Interest, penalty and fees ahead',
    notDebtFree: 'Not debt-free within',
    horizon: 'How far ahead to plan',
    tenYears: '10 years',
    fiveYears: '5 years',
  },
} as const;

/** A figure of a quadrillion or more, as issue 12 saw: ¥19,145,872,452,282,758.04. */
const absurd = /\d{1,3}(,\d{3}){4,}/;

for (const language of ['zh', 'en'] as Language[]) {
  const w = words[language];
  test.describe(`what-ifs, issue 12 household in ${w.locale}`, () => {
    test.use({ locale: w.locale });

    test('more each month and a one-off sum move the date earlier, cost less, and Apply saves exactly them', async ({
      page,
    }, info) => {
      test.setTimeout(180_000);
      await typeHousehold(page, language);
      await openApp(page, 'strategies');
      const effect = page.locator('.what-if-effect');

      // "The cap": 1,300 a month, the household's own capacity, explained as a cap.
      await page.getByLabel(w.cap, { exact: true }).fill('1,300');
      await expect(effect).toContainText(w.capExplained);
      await expect(effect).toContainText(w.stillNot);
      await expect(effect).toContainText(w.clear3);
      await expect(effect).toContainText(w.clear5);
      await expect(page.locator('.what-if')).not.toContainText(absurd);
      await page.getByRole('button', { name: w.reset }).click();

      // "I can pay 500 more each month": earlier and cheaper.
      await page.getByLabel(w.extraMonthly, { exact: true }).fill('500');
      await expect(effect).toContainText(w.earlier);
      await expect(effect).toContainText(w.less);
      await page.getByRole('button', { name: w.reset }).click();

      // "A one-off 5,000" from family: all of it to the debts.
      const month = monthFromNow(2);
      await page.getByLabel(w.onceAmount, { exact: true }).fill('5,000');
      await page.getByLabel(w.onceMonth, { exact: true }).fill(month);
      await expect(effect).toContainText(w.noReserve);
      await expect(effect).toContainText(w.earlier);

      // Both at once, applied: the budget lists them and the overview equals the plan command.
      await page.getByLabel(w.extraMonthly, { exact: true }).fill('500');
      await expect(effect).toContainText(w.less);
      await page.getByRole('button', { name: w.apply }).click();
      await expect(page.getByText(w.applied)).toBeVisible();

      await openApp(page, 'budget');
      const extras = page.getByRole('region', { name: w.extrasList, exact: true });
      await expect(extras.getByRole('row', { name: new RegExp(w.more) })).toBeVisible();
      await expect(extras.getByRole('row', { name: new RegExp(w.once) })).toBeVisible();

      const { file, plan } = await exportAndPlan(page, info.outputDir);
      const saved = JSON.parse(readFileSync(file, 'utf8')) as {
        budget: { extras?: { amount: string; frequency: string; month?: string }[] };
      };
      expect(saved.budget.extras).toEqual([
        expect.objectContaining({ amount: '500.00', frequency: 'monthly' }),
        expect.objectContaining({ amount: '5000.00', frequency: 'once', month }),
      ]);
      expect(plan.summary.debtFree).toBe(true);
      await openApp(page, 'home');
      await expect(figure(page, w.debtFreeDate)).toHaveText(
        dateText(plan.summary.debtFreeDate ?? '', w.language),
      );
      await expect(figure(page, w.cost)).toHaveText(money(costCents(plan.summary), w.language));
    });

    test('a cap the plan never clears under: the overview says what would clear it, never a runaway total', async ({
      page,
    }, info) => {
      test.setTimeout(180_000);
      await typeHousehold(page, language);
      await openApp(page, 'strategies');
      await page.getByLabel(w.cap, { exact: true }).fill('1,300');
      await expect(page.locator('.what-if-effect')).toContainText(w.stillNot);
      await page.getByRole('button', { name: w.apply }).click();
      await expect(page.getByText(w.applied)).toBeVisible();

      const { file, plan } = await exportAndPlan(page, info.outputDir);
      expect(plan.summary.debtFree).toBe(false);
      const courtFile = file.replace(/\.scenario\.json$/, '.court.scenario.json');
      const scenario = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      writeFileSync(courtFile, JSON.stringify({ ...scenario, chargeCap: { annualRate: '0.24' } }));
      const court = planCommand(courtFile);

      await openApp(page, 'home');
      await expect(figure(page, w.debtFreeDate)).toContainText(w.notDebtFree);
      const options = page.locator('.long-run');
      await expect(options).toContainText(w.clear3);
      await expect(options).toContainText(w.clear5);
      await expect(options).toContainText(w.courtCaveat);
      if (court.summary.debtFree) {
        await expect(options).toContainText(dateText(court.summary.debtFreeDate ?? '', w.language));
        await expect(options).toContainText(money(costCents(court.summary), w.language));
      }
      await expect(page.locator('.figures')).toContainText(w.wayOut);
      await expect(page.getByRole('link', { name: w.goNegotiate })).toHaveAttribute(
        'href',
        '#/negotiation',
      );
      await expect(page.locator('main')).not.toContainText(absurd);
    });

    test('the plan looks ten years ahead until Settings says otherwise, and the export says so', async ({
      page,
    }, info) => {
      // Fixture 03 names no horizon of its own.
      await importScenarioFile(page, fixtureFile('03-mixed-avalanche.scenario.json'));
      await openApp(page, 'settings');
      const horizon = page.getByLabel(w.horizon, { exact: true });
      await expect(horizon.locator('option:checked')).toHaveText(w.tenYears);
      await horizon.selectOption({ label: w.fiveYears });
      const { file } = await exportAndPlan(page, info.outputDir);
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { horizonMonths: number };
      expect(saved.horizonMonths).toBe(60);
    });
  });
}
