import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp } from './fixtures';

/** A real 1×1 PNG: a receipt the browser must decode again after a restore. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** The payment form's words, by the browser's locale. */
export const paymentFormWords = {
  'zh-CN': {
    record: '记一笔还款',
    debt: '还给',
    date: '还款日期',
    amount: '金额',
    channel: '还款方式',
    note: '备注',
    receipt: '还款截图（可选）',
    save: '保存',
  },
  'en-US': {
    record: 'Record a payment',
    debt: 'Paid to',
    date: 'Date paid',
    amount: 'Amount',
    channel: 'Paid by',
    note: 'Note',
    receipt: 'Screenshot of the payment (optional)',
    save: 'Save',
  },
} as const;

export interface TypedPayment {
  /** The lender's name as the form lists it. */
  debt: string;
  date: string;
  amount: string;
  /** The channel's label as the form shows it; the form's default when absent. */
  channel?: string;
  note?: string;
  withReceipt?: boolean;
}

/** Records one payment through the Payments page's form, as a person does. */
export async function recordPayment(
  page: Page,
  locale: keyof typeof paymentFormWords,
  payment: TypedPayment,
): Promise<void> {
  const w = paymentFormWords[locale];
  await openApp(page, 'payments');
  await page.getByRole('button', { name: w.record }).click();
  const form = page.locator('form.payment-form');
  await form.getByLabel(w.debt).selectOption({ label: payment.debt });
  await form.getByLabel(w.date).fill(payment.date);
  await form.getByLabel(w.amount).fill(payment.amount);
  if (payment.channel) await form.getByLabel(w.channel).selectOption({ label: payment.channel });
  if (payment.note) await form.getByLabel(w.note).fill(payment.note);
  if (payment.withReceipt) {
    const receipt = join(tmpdir(), `receipt-${Date.now()}.png`);
    writeFileSync(receipt, PNG);
    await form.getByLabel(w.receipt).setInputFiles(receipt);
  }
  await form.getByRole('button', { name: w.save }).click();
  await expect(form).toHaveCount(0);
}
