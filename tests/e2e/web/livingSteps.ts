import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expect, openApp } from './fixtures';
import { wipeDatabase } from './planCommand';

// Steps of living with the plan that several specs walk through: recording a payment (with its
// receipt), downloading what a button exports, and reading a calendar file with a real parser.

export type Locale = 'zh-CN' | 'en-US';

/** A real 1×1 PNG: a receipt the browser must decode again after a restore. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** The PNG as a file a person would choose. */
export function receiptFile(): string {
  const file = join(tmpdir(), `receipt-${Date.now()}.png`);
  writeFileSync(file, PNG);
  return file;
}

/** Clicks a button that downloads a file and keeps the file; returns its path. */
export async function download(page: Page, label: RegExp): Promise<string> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: label }).click();
  const file = await waiting;
  const path = join(tmpdir(), `ashore-e2e-${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

/** The payment form's words. */
export const paymentWords = {
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
  /** The path of a receipt image to attach (see receiptFile). */
  receipt?: string;
}

/** Records one payment on the payments page, as a person types it, optionally with a receipt. */
export async function recordPayment(
  page: Page,
  locale: Locale,
  payment: TypedPayment,
): Promise<void> {
  const w = paymentWords[locale];
  await openApp(page, 'payments');
  await page.getByRole('button', { name: w.record }).click();
  const form = page.locator('form.payment-form');
  await form.getByLabel(w.debt).selectOption({ label: payment.debt });
  await form.getByLabel(w.date).fill(payment.date);
  await form.getByLabel(w.amount).fill(payment.amount);
  if (payment.channel) await form.getByLabel(w.channel).selectOption({ label: payment.channel });
  if (payment.note) await form.getByLabel(w.note).fill(payment.note);
  if (payment.receipt) await form.getByLabel(w.receipt).setInputFiles(payment.receipt);
  await form.getByRole('button', { name: w.save }).click();
  await expect(form).toHaveCount(0);
}

/** The events of an iCalendar file, read with ical.js (a full RFC 5545 parser). */
export function calendarEvents(file: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  return calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
}

/** The Data page's words for a backup and its restore. */
export interface BackupWords {
  exportBackup: RegExp;
  restore: RegExp | string;
  restoreConfirm: RegExp | string;
  restored: RegExp | string;
}

/**
 * Backs up on the Data page, wipes the database as a new computer would have it, and restores
 * the backup through the Data page. Returns the backup file's path.
 */
export async function backUpWipeAndRestore(page: Page, w: BackupWords): Promise<string> {
  await openApp(page, 'data');
  const backup = await download(page, w.exportBackup);
  await wipeDatabase(page);
  await page.reload();
  await openApp(page, 'data');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: w.restore }).click();
  await (await chooser).setFiles(backup);
  await page.getByRole('button', { name: w.restoreConfirm }).click();
  await expect(page.getByRole('status').first()).toContainText(w.restored);
  return backup;
}
