import { readFileSync } from 'node:fs';
import { expect, fixtureFile, importScenarioFile, openApp, test } from './fixtures';
import {
  PNG,
  backUpWipeAndRestore,
  download,
  paymentWords,
  receiptFile,
  recordPayment,
} from './livingSteps';
import { planSummary, yuan } from './planCommand';

/** Starts 2026-12-01; three debts (花呗, 微粒贷, 信用卡). */
const scenario = fixtureFile('03-mixed-avalanche.scenario.json');
/** Today, for the app: the December and January periods are past, February too. */
const TODAY = new Date('2027-03-15T10:00:00');

interface Summary {
  totalPaid: string;
  actualPaid: string;
}

const words = {
  'zh-CN': {
    ...paymentWords['zh-CN'],
    paid: '已还',
    left: '还要还',
    february: '2027年2月没有还款记录',
    confirm: '确认没有还',
    exportScenario: /导出情景/,
    exportBackup: /导出备份/,
    restore: /从备份恢复/,
    restoreConfirm: '恢复，替换当前数据',
    restored: '已恢复',
    tooLate: '日期不能晚于今天',
    paidToday: '今天记的 ¥300.00 从明天起算进来',
    beforeStart: '早于计划开始的 2026年12月1日',
    paidBeforeStart: '日期在 2026年12月1日 之前的还款 ¥450.00 不算在这里',
    cancel: '取消',
    delete: '删除',
    undo: '撤销',
  },
  'en-US': {
    ...paymentWords['en-US'],
    paid: 'Paid so far',
    left: 'Left to pay',
    february: 'No payment recorded for February 2027',
    confirm: 'Confirm nothing was paid',
    exportScenario: /Export scenario/,
    exportBackup: /Export backup/,
    restore: /Restore from backup/,
    restoreConfirm: 'Restore and replace',
    restored: 'Restored',
    tooLate: 'cannot be later than today',
    paidToday: 'The ¥300.00 recorded today counts from tomorrow',
    beforeStart: 'Before the plan starts on Dec 1, 2026',
    paidBeforeStart: 'The ¥450.00 paid before Dec 1, 2026 is not counted here',
    cancel: 'Cancel',
    delete: 'Delete',
    undo: 'Undo',
  },
} as const;

for (const locale of ['zh-CN', 'en-US'] as const) {
  const w = words[locale];
  const f = paymentWords[locale];
  test.describe(`payments in ${locale}`, () => {
    test.use({ locale });

    test('record payments (one short), see the plan as lived, back up and restore with a receipt', async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.clock.setFixedTime(TODAY);
      await importScenarioFile(page, scenario);
      const receipt = receiptFile();
      const record = (debt: string, date: string, amount: string, withReceipt = false) =>
        recordPayment(page, locale, {
          debt,
          date,
          amount,
          ...(withReceipt ? { receipt } : {}),
        });
      // December in full; January's card payment short of its minimum; nothing in February.
      await record('花呗', '2026-12-28', '1200', true);
      await record('信用卡', '2026-12-28', '2000');
      await record('微粒贷', '2026-12-29', '1100');
      await record('微粒贷', '2027-01-25', '1100');
      await record('信用卡', '2027-01-25', '50');

      // A payment is recorded once made: tomorrow is refused, next to the field.
      await page.getByRole('button', { name: f.record }).click();
      await page.getByLabel(f.date).fill('2027-03-16');
      await page.getByLabel(f.amount).fill('10');
      await page.getByRole('button', { name: f.save }).click();
      await expect(page.locator('form.payment-form')).toContainText(w.tooLate);
      await page.getByRole('button', { name: w.cancel }).click();

      // Delete and undo: the payment comes back.
      const rows = page.locator('table.payments-table tbody tr');
      await expect(rows).toHaveCount(5);
      await rows.first().getByRole('button', { name: w.delete }).click();
      await expect(rows).toHaveCount(4);
      await page.getByRole('button', { name: w.undo }).click();
      await expect(rows).toHaveCount(5);

      // The overview's figures are the plan command's for the exported scenario.
      await openApp(page, 'data');
      const exported = await download(page, w.exportScenario);
      const summary = planSummary<Summary>(exported);
      const left = (Number(summary.totalPaid) * 100 - Number(summary.actualPaid) * 100) / 100;
      await openApp(page, 'home');
      await expect(page.getByTestId('paid-so-far')).toHaveText(yuan(summary.actualPaid, locale));
      await expect(page.getByTestId('left-to-pay')).toHaveText(yuan(String(left), locale));
      expect(summary.actualPaid).toBe('5450.00');

      // February has no record: the overview asks, until confirmed.
      await expect(page.getByText(w.february)).toBeVisible();
      await page.getByRole('button', { name: w.confirm }).click();
      await expect(page.getByText(w.february)).toHaveCount(0);

      // Back up, wipe, restore: everything comes back, the receipt image included.
      const backup = await backUpWipeAndRestore(page, w);
      expect(readFileSync(backup, 'utf8')).toContain(PNG.toString('base64'));

      await openApp(page, 'payments');
      await expect(rows).toHaveCount(5);
      const image = page.locator('img.receipt-thumb');
      await expect(image).toHaveCount(1);
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
      await openApp(page, 'home');
      await expect(page.getByTestId('paid-so-far')).toHaveText(yuan(summary.actualPaid, locale));
      await expect(page.getByText(w.february)).toHaveCount(0);

      // A payment made today: the plan takes it from tomorrow, and the overview says so rather
      // than show it as not paid.
      await expect(page.getByTestId('paid-today')).toHaveCount(0);
      await record('花呗', '2027-03-15', '300');
      await openApp(page, 'home');
      await expect(page.getByTestId('paid-so-far')).toHaveText(yuan(summary.actualPaid, locale));
      await expect(page.getByTestId('paid-today')).toContainText(w.paidToday);

      // A payment dated before the plan's start, whose balances already reflect it: the form says
      // so as the date is typed, and the overview why "paid so far" leaves it out.
      await expect(page.getByTestId('paid-before-start')).toHaveCount(0);
      await openApp(page, 'payments');
      await page.getByRole('button', { name: f.record }).click();
      const form = page.locator('form.payment-form');
      await form.getByLabel(f.date).fill('2026-11-20');
      await expect(form).toContainText(w.beforeStart);
      await form.getByLabel(f.amount).fill('450');
      await form.getByRole('button', { name: f.save }).click();
      await expect(form).toHaveCount(0);
      await openApp(page, 'home');
      await expect(page.getByTestId('paid-so-far')).toHaveText(yuan(summary.actualPaid, locale));
      await expect(page.getByTestId('paid-before-start')).toContainText(w.paidBeforeStart);
    });
  });
}
