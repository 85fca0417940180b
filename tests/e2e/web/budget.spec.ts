import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import {
  addItem,
  budgetSection,
  householdWords,
  monthFromNow,
  setReservePercent,
} from './household';

/** The labels a person reads on the budget page, in each language. */
const words = {
  zh: {
    ...householdWords.zh,
    cancel: '取消',
    limit: '每月还款上限（可选）',
    summary: '每月最多可还',
  },
  en: {
    ...householdWords.en,
    cancel: 'Cancel',
    limit: 'Monthly payment limit (optional)',
    summary: 'Most you can pay each month',
  },
};
type Words = (typeof words)[keyof typeof words];
const section = budgetSection;

/** The example from the brief: 8000 − 2500 − 1800 − 1200 − 10 % of 8000 = 1700. */
async function enterExample(page: Page, w: Words, carLoanEnds: string): Promise<void> {
  await addItem(page, w, 'incomes', { name: '工资', amount: '8000' });
  await addItem(page, w, 'fixedCosts', { name: '房租', amount: '2500' });
  await addItem(page, w, 'fixedCosts', { name: '生活费', amount: '1,800' });
  await addItem(page, w, 'obligations', { name: '车贷', amount: '1200', endMonth: carLoanEnds });
  await setReservePercent(page, w, '10');
}

test.describe('budget in Chinese', () => {
  test.use({ locale: 'zh-CN' });
  const w = words.zh;

  test('a budget gives the affordable payment with its breakdown, and survives a reload', async ({
    page,
  }) => {
    await openApp(page, 'budget');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('预算');
    await expect(page.getByRole('link', { name: '预算' })).toHaveAttribute('aria-current', 'page');
    const carLoanEnds = monthFromNow(12);
    await enterExample(page, w, carLoanEnds);

    const summary = page.getByRole('complementary', { name: w.summary });
    const check = async () => {
      await expect(page.getByTestId('affordable-monthly')).toHaveText('¥1,700.00');
      await expect(summary.getByRole('row', { name: /^收入/ })).toContainText('¥8,000.00');
      await expect(summary.getByRole('row', { name: /固定开支/ })).toContainText('¥4,300.00');
      await expect(summary.getByRole('row', { name: /其他必还债务/ })).toContainText('¥1,200.00');
      await expect(summary.getByRole('row', { name: /安全储备/ })).toContainText('¥800.00');
      // The month after the car loan's last one: ¥1,200 more each month.
      const [year, month] = monthFromNow(13).split('-').map(Number);
      await expect(
        summary.getByRole('row', { name: new RegExp(`${year}年${month}月`) }),
      ).toContainText(['¥2,900.00', '+¥1,200.00'].join(''));
      await expect(summary).not.toContainText('每月缺口');
    };
    await check();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('预算');
    await check();
    await expect(section(page, w, 'fixedCosts').getByRole('row')).toHaveCount(3);
    const [endYear, endMonth] = carLoanEnds.split('-').map(Number);
    await expect(section(page, w, 'obligations').getByRole('row', { name: /车贷/ })).toContainText(
      `至 ${endYear}年${endMonth}月`,
    );
    await expect(page.getByLabel(w.reserve, { exact: true })).toHaveValue('percent');
    await expect(page.getByLabel(w.percent, { exact: true })).toHaveValue('10');
  });

  test('an invalid amount is explained beside the field and nothing is saved', async ({ page }) => {
    await openApp(page, 'budget');
    await addItem(page, w, 'incomes', { name: '工资', amount: '8000' });
    const incomes = section(page, w, 'incomes');

    // A new item with too many decimals, then a negative amount: explained, Save disabled.
    await incomes.getByRole('button', { name: w.add }).click();
    await incomes.getByLabel(w.name, { exact: true }).fill('稿费');
    const amount = incomes.getByLabel(w.amount, { exact: true });
    await amount.fill('12.345');
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    await expect(amount).toHaveAccessibleDescription('金额最多两位小数');
    await expect(incomes.getByRole('button', { name: w.save })).toBeDisabled();
    await expect(incomes).toContainText('有 1 处需要修改，改好后才能保存。');
    await amount.fill('-5');
    await expect(amount).toHaveAccessibleDescription('金额不能为负数');
    await amount.press('Enter');
    await expect(incomes.getByRole('button', { name: w.save })).toBeDisabled();

    // Editing a stored item into an invalid one leaves the stored one as it was.
    await incomes.getByRole('button', { name: w.cancel }).click();
    await incomes.getByRole('button', { name: '编辑“工资”' }).click();
    await incomes.getByLabel(w.amount, { exact: true }).fill('8000.999');
    await expect(incomes.getByRole('button', { name: w.save })).toBeDisabled();
    await expect(page.getByTestId('affordable-monthly')).toHaveText('¥8,000.00');

    // A reload brings the half-typed edit back as a draft, still not saved.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await expect(incomes.getByLabel(w.amount, { exact: true })).toHaveValue('8000.999');
    await expect(page.getByTestId('affordable-monthly')).toHaveText('¥8,000.00');
    await incomes.getByRole('button', { name: w.cancel }).click();
    await expect(section(page, w, 'incomes').getByRole('row')).toHaveCount(2);
    await expect(section(page, w, 'incomes')).not.toContainText('稿费');
    await expect(section(page, w, 'incomes').getByRole('row', { name: /工资/ })).toContainText(
      '¥8,000.00',
    );

    // A bad reserve percentage and limit are explained the same way and not saved.
    const reserve = page.getByRole('region', { name: w.reserveSection });
    await reserve.getByLabel(w.reserve, { exact: true }).selectOption('percent');
    await reserve.getByLabel(w.percent, { exact: true }).fill('120');
    await expect(reserve.getByLabel(w.percent, { exact: true })).toHaveAccessibleDescription(
      /百分比必须在 0 到 100 之间/,
    );
    await reserve.getByLabel(w.limit).fill('-5');
    await expect(reserve.getByLabel(w.limit)).toHaveAccessibleDescription(/金额不能为负数/);
    await expect(reserve.getByRole('button', { name: w.save })).toBeDisabled();
    // After a reload the typed values are back as a draft, and still cannot be saved.
    await page.reload();
    await expect(reserve.getByLabel(w.percent, { exact: true })).toHaveValue('120');
    await expect(reserve.getByRole('button', { name: w.save })).toBeDisabled();
    await expect(page.getByTestId('affordable-monthly')).toHaveText('¥8,000.00');
  });

  test('a deleted item comes back with undo', async ({ page }) => {
    await openApp(page, 'budget');
    await addItem(page, w, 'incomes', { name: '工资', amount: '8000' });
    await addItem(page, w, 'fixedCosts', { name: '房租', amount: '2500' });
    await expect(page.getByTestId('affordable-monthly')).toHaveText('¥5,500.00');

    const costs = section(page, w, 'fixedCosts');
    await costs.getByRole('button', { name: '删除“房租”' }).click();
    await expect(costs.getByRole('row', { name: /房租/ })).toHaveCount(0);
    await expect(page.getByTestId('affordable-monthly')).toHaveText('¥8,000.00');
    await expect(page.getByRole('status').filter({ hasText: '已删除“房租”。' })).toBeVisible();

    await page.getByRole('button', { name: '撤销' }).click();
    await expect(costs.getByRole('row', { name: /房租/ })).toContainText('¥2,500.00');
    await expect(page.getByTestId('affordable-monthly')).toHaveText('¥5,500.00');
    await page.reload();
    await expect(section(page, w, 'fixedCosts').getByRole('row', { name: /房租/ })).toBeVisible();
  });

  test('a budget that does not cover costs shows the monthly shortfall and what to do', async ({
    page,
  }) => {
    await openApp(page, 'budget');
    await addItem(page, w, 'incomes', { name: '工资', amount: '3000' });
    await addItem(page, w, 'fixedCosts', { name: '房租', amount: '2500' });
    await addItem(page, w, 'obligations', { name: '房贷', amount: '1500' });
    const summary = page.getByRole('complementary', { name: w.summary });
    await expect(page.getByTestId('affordable-monthly')).toHaveText('-¥1,000.00');
    await expect(summary.getByRole('heading', { name: '每月缺口 ¥1,000.00' })).toBeVisible();
    await expect(summary).toContainText('申请分期');
  });
});

test.describe('budget in English', () => {
  test.use({ locale: 'en-US' });
  const w = words.en;

  test('the same budget, in English, with a payment limit', async ({ page }) => {
    await openApp(page, 'budget');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Budget');
    await enterExample(page, w, monthFromNow(6));
    const summary = page.getByRole('complementary', { name: w.summary });
    await expect(page.getByTestId('affordable-monthly')).toHaveText('¥1,700.00');
    await expect(summary.getByRole('row', { name: /Fixed costs/ })).toContainText('¥4,300.00');
    await expect(summary.getByRole('row', { name: /Safety reserve/ })).toContainText('¥800.00');

    const reserve = page.getByRole('region', { name: w.reserveSection });
    await reserve.getByLabel(w.limit).fill('1500');
    await reserve.getByRole('button', { name: w.save }).click();
    await expect(summary).toContainText('Your monthly payment limit: ¥1,500.00');
    await expect(summary).toContainText('The plan pays at most ¥1,500.00 a month.');

    await page.reload();
    await expect(page.getByTestId('affordable-monthly')).toHaveText('¥1,700.00');
    await expect(page.getByLabel(w.limit)).toHaveValue('1500');

    const amount = section(page, w, 'incomes');
    await amount.getByRole('button', { name: w.add }).click();
    await amount.getByLabel(w.amount, { exact: true }).fill('12.345');
    await expect(amount.getByLabel(w.amount, { exact: true })).toHaveAccessibleDescription(
      'At most two decimals',
    );
    await expect(amount.getByRole('button', { name: w.save })).toBeDisabled();
  });

  test('the shortfall is explained in English', async ({ page }) => {
    await openApp(page, 'budget');
    await addItem(page, w, 'incomes', { name: 'Salary', amount: '2000' });
    await addItem(page, w, 'fixedCosts', { name: 'Rent', amount: '2500' });
    const summary = page.getByRole('complementary', { name: w.summary });
    await expect(summary.getByRole('heading', { name: 'Monthly shortfall ¥500.00' })).toBeVisible();
    await expect(summary).toContainText('ask for an installment plan');
  });
});
