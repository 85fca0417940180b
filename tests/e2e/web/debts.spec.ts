import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

interface Words {
  presets: { huabei: string; jiebei: string; creditCard: string };
  principal: string;
  installment: string;
  overduePrincipal: string;
  allOverdue: string;
  interest: string;
  interestRate: string;
  startDate: string;
  save: string;
  cancel: string;
  undo: string;
  delete: (name: string) => string;
  money: (amount: string) => string;
  negative: string;
  overdueTooHigh: string;
  rateFormat: string;
  fieldsToFix: (count: number) => string;
  empty: string;
  annual: string;
  addWaiver: string;
  waiveAllPenalty: string;
  oneAgreement: string;
}

const zh: Words = {
  presets: { huabei: '花呗', jiebei: '借呗', creditCard: '信用卡' },
  principal: '本金',
  installment: '每期应还',
  overduePrincipal: '逾期本金',
  allOverdue: '全部逾期',
  interest: '未还利息',
  interestRate: '利率',
  startDate: '余额截至日期',
  save: '保存',
  cancel: '取消',
  undo: '撤销',
  delete: (name) => `删除“${name}”`,
  money: (amount) => `¥${amount}`,
  negative: '金额不能为负数',
  overdueTooHigh: '逾期本金不能超过本金（100）',
  rateFormat: '请输入利率数字',
  fieldsToFix: (count) => `有 ${count} 处需要修改`,
  empty: '还没有录入债务',
  annual: '年 18.25%',
  addWaiver: '添加减免',
  waiveAllPenalty: '全部罚息',
  oneAgreement: '1 项协议',
};

const en: Words = {
  presets: { huabei: 'Huabei 花呗', jiebei: 'Jiebei 借呗', creditCard: 'Credit card' },
  principal: 'Principal',
  installment: 'Installment due each month',
  overduePrincipal: 'Overdue principal',
  allOverdue: 'All overdue',
  interest: 'Unpaid interest',
  interestRate: 'Interest rate',
  startDate: 'Balances as of',
  save: 'Save',
  cancel: 'Cancel',
  undo: 'Undo',
  delete: (name) => `Delete "${name}"`,
  money: (amount) => `¥${amount}`,
  negative: 'The amount cannot be negative',
  overdueTooHigh: 'Overdue principal cannot be more than the principal (100)',
  rateFormat: 'Enter the rate as a number',
  fieldsToFix: (count) => `${count} fields need fixing`,
  empty: 'No debts entered yet',
  annual: '18.25%/year',
  addWaiver: 'Add a waiver',
  waiveAllPenalty: 'All penalty interest',
  oneAgreement: '1 agreement',
};

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function addThree(page: Page, w: Words) {
  await page.getByRole('button', { name: w.presets.huabei, exact: true }).click();
  await field(page, w.principal).fill('800');
  await field(page, w.allOverdue).check();
  await page.getByRole('button', { name: w.save }).click();

  await page.getByRole('button', { name: w.presets.jiebei, exact: true }).click();
  await field(page, w.principal).fill('5000');
  await field(page, w.installment).fill('450');
  await field(page, w.overduePrincipal).fill('1000');
  await field(page, w.interest).fill('12.30');
  await page.getByRole('button', { name: w.save }).click();

  await page.getByRole('button', { name: w.presets.creditCard, exact: true }).click();
  await field(page, w.principal).fill('12000');
  await field(page, w.interestRate).fill('0.05');
  await expect(page.getByText(w.annual).first()).toBeVisible();
  await page.getByRole('button', { name: w.save }).click();
}

async function expectThree(page: Page, w: Words) {
  const rows = page.locator('table.debts-table tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText(w.presets.huabei);
  await expect(rows.nth(0)).toContainText(w.money('800.00'));
  await expect(rows.nth(1)).toContainText(w.presets.jiebei);
  await expect(rows.nth(1)).toContainText(w.money('5,012.30'));
  await expect(rows.nth(2)).toContainText(w.presets.creditCard);
  await expect(rows.nth(2)).toContainText(w.money('12,000.00'));
  await expect(page.locator('table.debts-table tfoot')).toContainText(w.money('17,812.30'));
}

async function invalidSavesNothing(page: Page, w: Words) {
  await page.getByRole('button', { name: w.presets.creditCard, exact: true }).click();
  const save = page.getByRole('button', { name: w.save });

  await field(page, w.principal).fill('-5');
  await expect(field(page, w.principal)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: w.negative })).toBeVisible();
  await expect(save).toBeDisabled();

  await field(page, w.principal).fill('100');
  await field(page, w.overduePrincipal).fill('200');
  await expect(page.getByRole('alert').filter({ hasText: w.overdueTooHigh })).toBeVisible();

  await field(page, w.interestRate).fill('abc');
  await expect(field(page, w.interestRate)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: w.rateFormat })).toBeVisible();
  await expect(page.getByText(w.fieldsToFix(2))).toBeVisible();
  await expect(save).toBeDisabled();

  await field(page, w.principal).press('Enter');
  await page.getByRole('button', { name: w.cancel }).click();
  await expect(page.getByText(w.empty)).toBeVisible();
  await page.reload();
  await expect(page.getByText(w.empty)).toBeVisible();
}

for (const [locale, w] of [
  ['zh-CN', zh],
  ['en-US', en],
] as const) {
  test.describe(`debts in ${locale}`, () => {
    test.use({ locale });

    test('three debts from presets are listed with their balances and survive a reload', async ({
      page,
    }) => {
      await openApp(page, 'debts');
      await field(page, w.startDate).fill('2025-03-01');
      await addThree(page, w);
      await expectThree(page, w);
      await page.reload();
      await expectThree(page, w);
      await expect(field(page, w.startDate)).toHaveValue('2025-03-01');
    });

    test('invalid entries are explained beside their fields and nothing is saved', async ({
      page,
    }) => {
      await openApp(page, 'debts');
      await invalidSavesNothing(page, w);
    });

    test('a deleted debt comes back with undo, agreements and all', async ({ page }) => {
      await openApp(page, 'debts');
      await page.getByRole('button', { name: w.presets.huabei, exact: true }).click();
      await field(page, w.principal).fill('300');
      await page.getByRole('button', { name: w.addWaiver }).click();
      await field(page, w.waiveAllPenalty).check();
      await page.getByRole('button', { name: w.save }).click();
      const rows = page.locator('table.debts-table tbody tr');
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText(w.oneAgreement);

      await page.getByRole('button', { name: w.delete(w.presets.huabei) }).click();
      await expect(page.getByText(w.empty)).toBeVisible();
      await page.getByRole('button', { name: w.undo }).click();
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText(w.money('300.00'));
      await expect(rows.first()).toContainText(w.oneAgreement);
      await page.reload();
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText(w.oneAgreement);
    });
  });
}
