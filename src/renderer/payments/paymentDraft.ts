import { parseDate } from '../../core/calendar';
import { Dec, MONEY_LIMIT, MONEY_PATTERN, formatMoney } from '../../core/money';
import {
  MAX_RECEIPT_BYTES,
  type PaymentChannel,
  type PaymentRow,
  type ReceiptImage,
  type ReceiptType,
  receiptTypes,
} from '../db/AppDB';
import type { PaymentInput } from '../db/payments';

/** A payment as the form edits it: text as typed. The receipt is chosen, not typed: kept apart. */
export interface PaymentDraft {
  debtId: string;
  date: string;
  amount: string;
  channel: PaymentChannel;
  note: string;
}

/** The same length the backup accepts: a saved payment can always be backed up. */
export const NOTE_MAX = 10_000;

export const paymentDraftKey = 'payment';

export function newPaymentDraft(debtId: string, today: string): PaymentDraft {
  return { debtId, date: today, amount: '', channel: 'alipay', note: '' };
}

export function draftFromPayment(row: PaymentRow): PaymentDraft {
  const { debtId, date, amount, channel, note } = row;
  return { debtId, date, amount, channel, note };
}

export type PaymentProblem = 'debt' | 'date' | 'future' | 'amount';

/** "300" → "300.00", "12.5" → "12.50"; null when it is not a positive amount. */
export function moneyText(typed: string): string | null {
  const text = typed.trim();
  if (!MONEY_PATTERN.test(text)) return null;
  const amount = new Dec(text);
  return amount.isZero() || amount.gte(MONEY_LIMIT) ? null : formatMoney(amount);
}

/**
 * The payment a draft saves as, or what stops it. A payment is recorded once made: its date
 * is today or earlier (model §14).
 */
export function paymentFromDraft(
  draft: PaymentDraft,
  options: { id?: string; debtIds: readonly string[]; today: string; receipt?: ReceiptImage },
): { ok: true; payment: PaymentInput } | { ok: false; problems: PaymentProblem[] } {
  const problems: PaymentProblem[] = [];
  if (!options.debtIds.includes(draft.debtId)) problems.push('debt');
  if (!parseDate(draft.date)) problems.push('date');
  else if (draft.date > options.today) problems.push('future');
  const amount = moneyText(draft.amount);
  if (amount === null) problems.push('amount');
  if (problems.length > 0 || amount === null) return { ok: false, problems };
  return {
    ok: true,
    payment: {
      ...(options.id ? { id: options.id } : {}),
      debtId: draft.debtId,
      date: draft.date,
      amount,
      channel: draft.channel,
      note: draft.note.trim().slice(0, NOTE_MAX),
      ...(options.receipt ? { receipt: options.receipt } : {}),
    },
  };
}

export type ReceiptProblem = 'type' | 'size';

/** A chosen file as a receipt, or why it cannot be one (an image type the app shows, ≤ 5 MB). */
export function receiptFromFile(
  file: Blob,
): { ok: true; receipt: ReceiptImage } | { ok: false; problem: ReceiptProblem } {
  const type = receiptTypes.find((accepted) => accepted === file.type);
  if (!type) return { ok: false, problem: 'type' };
  if (file.size > MAX_RECEIPT_BYTES) return { ok: false, problem: 'size' };
  return { ok: true, receipt: { type: type satisfies ReceiptType, blob: file } };
}
