import { printReadySelector } from '../../../src/shared/printOptions';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';

/**
 * Following the plan month by month, in both languages: the baseline chosen on the overview,
 * a month later one payment recorded (the others missed), and the overview says behind, shows
 * planned against paid and the baseline against the balance as lived.
 */
for (const { locale, words } of [
  {
    locale: 'zh-CN',
    words: {
      progress: '进度',
      follow: '按这个计划执行',
      replace: '换成现在的计划',
      replaceNo: '保留原基准',
      chosen: '基准计划定于 2027年2月1日。',
      addPayment: '记一笔还款',
      debt: '还给',
      date: '还款日期',
      amount: '金额',
      save: '保存',
      behind: /落后于计划：余额比计划多 ¥[\d,]+\.\d\d/,
      paid: '¥500.00',
      chart: '基准计划和实际余额',
      sinceMiss: '距上一次少还：0 个月',
      onTrack: '按计划进行中：已过去 1 个月',
      paymentsMade: '已记录 1 笔还款，合计 ¥500.00',
    },
  },
  {
    locale: 'en-US',
    words: {
      progress: 'Progress',
      follow: 'Follow this plan',
      replace: 'Replace with the current plan',
      replaceNo: 'Keep the baseline',
      chosen: 'Baseline chosen on Feb 1, 2027.',
      addPayment: 'Record a payment',
      debt: 'Paid to',
      date: 'Date paid',
      amount: 'Amount',
      save: 'Save',
      behind: /Behind the plan: the balance is ¥[\d,]+\.\d\d more than planned/,
      paid: '¥500.00',
      chart: 'Baseline and actual balance',
      sinceMiss: 'Months since a due was paid short: 0',
      onTrack: 'On track: 1 month in',
      paymentsMade: 'Payments recorded: 1, in all ¥500.00',
    },
  },
]) {
  test.describe(`following the plan, ${locale}`, () => {
    test.use({ locale, timezoneId: 'Asia/Shanghai' });

    test('the baseline, a month of payments, and behind against it', async ({ page }) => {
      await page.clock.install({ time: new Date('2027-02-01T09:00:00+08:00') });
      await importScenarioFile(page, fixtureFile('07-agreements.scenario.json'));
      await openApp(page, 'home');
      const progress = page.getByRole('region', { name: words.progress });
      await progress.getByRole('button', { name: words.follow }).click();
      await expect(progress).toContainText(words.chosen);

      // Replacing the baseline asks first; keeping it changes nothing.
      await progress.getByRole('button', { name: words.replace }).click();
      await progress.getByRole('button', { name: words.replaceNo }).click();
      await expect(progress).toContainText(words.chosen);

      // A month on: only the friend was paid, 500 on the 10th.
      await page.clock.setSystemTime(new Date('2027-03-05T09:00:00+08:00'));
      // Nothing recorded yet: the plan is still a projection, and on track.
      await page.reload();
      await expect(progress).toContainText(words.onTrack);
      await openApp(page, 'payments');
      await page.getByRole('button', { name: words.addPayment }).click();
      await page.getByLabel(words.debt).selectOption({ label: '朋友借款' });
      await page.getByLabel(words.date).fill('2027-02-10');
      await page.getByLabel(words.amount).fill('500');
      await page.getByRole('button', { name: words.save, exact: true }).click();

      await openApp(page, 'home');
      await expect(progress).toContainText(words.behind);
      await expect(progress).toContainText(words.sinceMiss);
      await expect(progress.getByRole('row', { name: /朋友借款/ })).toContainText(words.paid);
      await expect(progress.getByRole('figure', { name: words.chart })).toBeVisible();

      // The printed plan carries the same progress, and the payments made.
      await page.goto(`/#/print/${locale === 'zh-CN' ? 'zh-CN' : 'en'}`);
      await page.waitForSelector(printReadySelector, { state: 'attached', timeout: 30_000 });
      const printed = page.getByRole('region', { name: words.progress });
      await expect(printed).toContainText(words.behind);
      await expect(printed).toContainText(words.paymentsMade);
      await expect(printed.getByRole('figure', { name: words.chart })).toBeVisible();
    });
  });
}
