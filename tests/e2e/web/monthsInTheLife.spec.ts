import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';
import {
  PNG,
  backUpWipeAndRestore,
  type Locale,
  calendarEvents,
  download,
  receiptFile,
  recordPayment,
} from './livingSteps';
import { planOutput, yuan } from './planCommand';

/**
 * Months in the life (issue 13), in both languages, the clock set forward month by month: the
 * plan chosen to follow; a month of payments, one short (behind, and the card's late fee); a
 * check-in with each lender, one showing more than Ashore (the difference is the engine's); the
 * plan started anew from the lenders' figures; the progress chart going on from them; the
 * reminder for the card's first installment 3 days ahead and the calendar file; a backup with a
 * receipt restored on a wiped browser, everything back.
 */

interface Plan {
  summary: { actualPaid: string };
  schedule: {
    start: string;
    end: string;
    debts: { id: string; balance: string; fees: string }[];
  }[];
}
interface Exported {
  startDate: string;
  debts: { id: string; principal: string; interest?: string; agreements?: { kind: string }[] }[];
}

const words = {
  'zh-CN': {
    progress: '进度',
    follow: '按这个计划执行',
    chosen: '基准计划定于 2027年2月1日。',
    behind: '落后于计划：余额比计划多 ¥200.00。',
    lateFee: /^信用卡，2027年1月，违约金：¥50\.00，/,
    month: '2027年1月',
    open: (name: string) => `核对“${name}”的余额`,
    split: 'App 分别显示本金、利息、罚息和费用',
    total: '总欠款',
    principal: '本金',
    interest: '利息',
    penalty: '罚息',
    fees: '费用（违约金、滞纳金等）',
    save: '保存核对',
    cancel: '取消',
    badAmount: '请填写 0 或更大的金额，最多两位小数，例如 312.40。',
    more: (amount: string) =>
      `机构显示的比 Ashore 多 ${amount}：可能是利率填错了，或者漏了一笔费用。`,
    interestDiffers: '利息：机构 ¥600.00，Ashore ¥752.20',
    matches: '和 Ashore 的数字一致（相差不超过 ¥1.00）。',
    needs: '“借呗”今天还没有核对。',
    rebase: '从今天起按机构的数字重新开始',
    rebaseYes: '重新开始',
    rebased: '计划已从 2027年3月5日 起按机构的数字重新开始。',
    chart: '基准计划和实际余额',
    asTable: '表格',
    rebaseDay: '2027年3月5日',
    dues: '本月和下月要还的钱',
    inThree: '3天后',
    breaks: '错过即违约',
    ics: /导出到手机日历/,
    card: '还款：信用卡 ',
    exportScenario: /导出情景/,
    exportBackup: /导出备份/,
    restore: /从备份恢复/,
    restoreConfirm: '恢复，替换当前数据',
    restored: '已恢复',
    history: (name: string) => `“${name}”的核对记录`,
  },
  'en-US': {
    progress: 'Progress',
    follow: 'Follow this plan',
    chosen: 'Baseline chosen on Feb 1, 2027.',
    behind: 'Behind the plan: the balance is ¥200.00 more than planned.',
    lateFee: /^信用卡, Jan 2027, Late fees: ¥50\.00, /,
    month: 'Jan 2027',
    open: (name: string) => `Check the balance of "${name}"`,
    split: 'The app shows principal, interest, penalty and fees apart',
    total: 'Total owed',
    principal: 'Principal',
    interest: 'Interest',
    penalty: 'Penalty interest',
    fees: 'Fees (late fees, charges)',
    save: 'Save the check',
    cancel: 'Cancel',
    badAmount: 'Enter an amount of 0 or more, with at most two decimals, e.g. 312.40.',
    more: (amount: string) =>
      `The lender shows ${amount} more than Ashore: a rate may be wrong, or a fee was missed.`,
    interestDiffers: 'Interest: the lender ¥600.00, Ashore ¥752.20',
    matches: "It matches Ashore's figure (within ¥1.00).",
    needs: '"借呗" has not been checked today.',
    rebase: "Start anew from today with the lenders' figures",
    rebaseYes: 'Start anew',
    rebased: "The plan starts anew on Mar 5, 2027 with the lenders' figures.",
    chart: 'Baseline and actual balance',
    asTable: 'Table',
    rebaseDay: 'Mar 5, 2027',
    dues: 'Due this month and next',
    inThree: 'in 3 days',
    breaks: 'Missing this breaks the agreement',
    ics: /Export to your phone/,
    card: 'Pay 信用卡 ',
    exportScenario: /Export scenario/,
    exportBackup: /Export backup/,
    restore: /Restore from backup/,
    restoreConfirm: 'Restore and replace',
    restored: 'Restored',
    history: (name: string) => `Checks of "${name}"`,
  },
} as const;

/** Midday in Shanghai on a day of the story. */
const on = (day: string) => new Date(`${day}T09:00:00+08:00`);

for (const locale of ['zh-CN', 'en-US'] as const satisfies readonly Locale[]) {
  const w = words[locale];
  const money = (amount: string) => yuan(amount, locale);

  /** Opens one lender's check-in form on the payments page, fills it, and saves it. */
  async function checkIn(
    page: Page,
    name: string,
    figures:
      { total: string } | { principal: string; interest: string; penalty: string; fees: string },
  ) {
    await openApp(page, 'payments');
    await page.getByRole('button', { name: w.open(name) }).click();
    const form = page.locator('form.check-in-form');
    if ('total' in figures) {
      await form.getByRole('checkbox', { name: w.split }).uncheck();
      await form.getByLabel(w.total).fill(figures.total);
    } else {
      await form.getByLabel(w.principal, { exact: true }).fill(figures.principal);
      await form.getByLabel(w.interest, { exact: true }).fill(figures.interest);
      await form.getByLabel(w.penalty, { exact: true }).fill(figures.penalty);
      await form.getByLabel(w.fees).fill(figures.fees);
    }
    await form.getByRole('button', { name: w.save }).click();
    await expect(form).toHaveCount(0);
  }

  test.describe(`months in the life with the lenders, ${locale}`, () => {
    // A small laptop window: the check-ins, their history and the form fit without scrolling sideways.
    test.use({ locale, timezoneId: 'Asia/Shanghai', viewport: { width: 800, height: 600 } });

    test('pay, fall behind, check in, start anew, get reminded, back up and restore', async ({
      page,
    }) => {
      test.setTimeout(240_000);
      // 1 February: the household arrives from a file, and its plan is the one to follow.
      await page.clock.install({ time: on('2027-02-01') });
      await importScenarioFile(page, fixtureFile('07-agreements.scenario.json'));
      await openApp(page, 'home');
      const progress = page.getByRole('region', { name: w.progress });
      await progress.getByRole('button', { name: w.follow }).click();
      await expect(progress).toContainText(w.chosen);

      // 5 March: February's payments. The friend got 300 of the 500 due; the card 2,200.
      await page.clock.setSystemTime(on('2027-03-05'));
      await page.reload();
      await recordPayment(page, locale, { debt: '朋友借款', date: '2027-02-10', amount: '300' });
      await recordPayment(page, locale, { debt: '信用卡', date: '2027-02-20', amount: '2200' });
      await openApp(page, 'home');
      await expect(progress).toContainText(w.behind);
      // The card, still overdue, was charged its late fee in the month.
      await openApp(page, 'schedule');
      await page.getByRole('button', { name: w.month, exact: true }).click();
      await expect(page.getByRole('button', { name: w.lateFee })).toBeVisible();

      // The engine's own figures for the same household, as of today.
      await openApp(page, 'data');
      const lived = planOutput<Plan>(await download(page, w.exportScenario));
      const february = lived.schedule.find((row) => row.end === '2027-02-28');
      const balanceOf = (id: string) => february?.debts.find((debt) => debt.id === id)?.balance;
      const friend = balanceOf('private') ?? '';
      const jiebei = balanceOf('jiebei') ?? '';
      expect(friend).toBe('2730.00');

      // Each lender's app, today. The friend's note says ¥312.40 more than Ashore's figure.
      const friendShows = (Number(friend) + 312.4).toFixed(2);
      await checkIn(page, '朋友借款', { total: friendShows });
      const friendBlock = page.locator('.check-in-debt[data-debt="private"]');
      await expect(friendBlock).toContainText(w.more(money('312.40')));
      await expect(friendBlock).toContainText(money(friend));

      // A typo is refused next to its field, and nothing is saved.
      await page.getByRole('button', { name: w.open('信用卡') }).click();
      const form = page.locator('form.check-in-form');
      await form.getByLabel(w.principal, { exact: true }).fill('30,000.x');
      await form.getByRole('button', { name: w.save }).click();
      await expect(form).toContainText(w.badAmount);
      await expect(form.getByLabel(w.principal, { exact: true })).toHaveAttribute(
        'aria-invalid',
        'true',
      );
      await form.getByRole('button', { name: w.cancel }).click();
      await checkIn(page, '信用卡', {
        principal: '30000',
        interest: '600',
        penalty: '150',
        fees: '100',
      });
      // Part by part: the card's interest differs (Ashore's split is the engine's own, at the
      // end of February, as the schedule explains it).
      await expect(page.locator('.check-in-debt[data-debt="card"]')).toContainText(
        w.interestDiffers,
      );
      // Until every lender is checked, the plan cannot start anew: it says which is missing.
      await expect(page.getByText(w.needs)).toBeVisible();
      // 借呗 within half a yuan of Ashore: a match.
      await checkIn(page, '借呗', { total: (Number(jiebei) + 0.5).toFixed(2) });
      await expect(page.locator('.check-in-debt[data-debt="jiebei"]')).toContainText(w.matches);

      // Start anew from the lenders' figures, after a confirmation.
      await page.getByRole('button', { name: w.rebase }).click();
      await page.getByRole('button', { name: w.rebaseYes, exact: true }).click();
      await expect(page.getByText(w.rebased)).toBeVisible();
      await openApp(page, 'data');
      const rebased = JSON.parse(
        readFileSync(await download(page, w.exportScenario), 'utf8'),
      ) as Exported;
      expect(rebased.startDate).toBe('2027-03-05');
      const card = rebased.debts.find((debt) => debt.id === 'card');
      expect(card).toMatchObject({ principal: '30000.00', interest: '600.00' });
      // The card's installment (15 March) is still ahead; 借呗's waiver of 10 February is history.
      expect(card?.agreements?.map((agreement) => agreement.kind)).toEqual(['installment']);
      expect(rebased.debts.find((debt) => debt.id === 'jiebei')?.agreements).toEqual([
        { kind: 'settlement', date: '2027-05-01', amount: '6000.00' },
      ]);

      // The progress chart: the old baseline, and the lived line going on from the lenders'.
      await openApp(page, 'home');
      await expect(progress).toContainText(w.chosen);
      const chart = progress.getByRole('figure', { name: w.chart });
      await chart.getByRole('button', { name: w.asTable }).click();
      const lenderTotal = (Number(friendShows) + 30850 + Number(jiebei) + 0.5).toFixed(2);
      await expect(chart.getByRole('row', { name: new RegExp(w.rebaseDay) })).toContainText(
        money(lenderTotal),
      );

      // 12 March: the card's first installment is 3 days away.
      await page.clock.setSystemTime(on('2027-03-12'));
      await page.reload();
      const dues = page.getByRole('region', { name: w.dues });
      const installment = dues.getByRole('row', { name: /信用卡/ }).first();
      await expect(installment).toContainText(w.inThree);
      await expect(installment).toContainText(w.breaks);
      const events = calendarEvents(await download(page, w.ics));
      const first = events.find((event) => event.summary.startsWith(w.card));
      expect(first?.startDate.toString()).toBe('2027-03-15');
      expect(first?.component.getFirstSubcomponent('valarm')).not.toBeNull();

      // The friend is paid, with the screenshot as the receipt.
      await recordPayment(page, locale, {
        debt: '朋友借款',
        date: '2027-03-10',
        amount: '500',
        receipt: receiptFile(),
      });

      // Back up, wipe the browser, restore: payments, receipt, check-ins, re-base, baseline.
      await openApp(page, 'data');
      const afterRebase = planOutput<Plan>(await download(page, w.exportScenario));
      expect(afterRebase.summary.actualPaid).toBe('500.00');
      const backup = await backUpWipeAndRestore(page, w);
      expect(readFileSync(backup, 'utf8')).toContain(PNG.toString('base64'));

      await openApp(page, 'payments');
      await expect(page.locator('table.payments-table tbody tr')).toHaveCount(3);
      const image = page.locator('img.receipt-thumb');
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
      for (const name of ['朋友借款', '信用卡', '借呗'])
        await expect(
          page.getByRole('table', { name: w.history(name) }).locator('tbody tr'),
        ).toHaveCount(1);
      await expect(friendBlock).toContainText(money(friendShows));
      // The check-in is reached from the keyboard; the page stays within the window, axe-clean.
      const openJiebei = page.getByRole('button', { name: w.open('借呗') });
      await openJiebei.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('checkbox', { name: w.split })).toBeFocused();
      const width = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        inner: window.innerWidth,
      }));
      expect(width.scroll).toBeLessThanOrEqual(width.inner);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
      await page.screenshot({ path: `test-results/check-ins-${locale}.png`, fullPage: true });
      await page.getByRole('button', { name: w.cancel }).click();
      await expect(openJiebei).toBeFocused();
      await openApp(page, 'home');
      await expect(progress).toContainText(w.chosen);
      await progress
        .getByRole('figure', { name: w.chart })
        .getByRole('button', { name: w.asTable })
        .click();
      await expect(progress.getByRole('row', { name: new RegExp(w.rebaseDay) })).toContainText(
        money(lenderTotal),
      );
      await openApp(page, 'data');
      const restored = planOutput<Plan>(await download(page, w.exportScenario));
      expect(restored).toEqual(afterRebase);
    });
  });
}
