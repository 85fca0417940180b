import { useLiveQuery } from 'dexie-react-hooks';
import { MAX_OPEN_FILE_BYTES } from '../../shared/contract';
import { type AppDB, type PaymentRow, db as defaultDb } from './AppDB';
import { inRecordedOrder } from './householdRead';
import { type Undo, changeWithUndo } from './undo';

/**
 * All receipts together stay within what a backup file may hold: base64 turns 3 bytes into 4,
 * and 1 MiB is left for everything else. Past it a backup could not be written (or read back),
 * so a new receipt is refused when it is attached, not when the backup fails later.
 */
export const MAX_RECEIPTS_TOTAL_BYTES = Math.floor(((MAX_OPEN_FILE_BYTES - 1024 * 1024) * 3) / 4);

/** Saving this receipt would take the receipts past what a backup can hold. */
export class ReceiptsFullError extends Error {
  constructor(
    readonly usedBytes: number,
    readonly limitBytes: number,
  ) {
    super(`The receipts would take ${usedBytes} bytes; backups hold at most ${limitBytes}.`);
    this.name = 'ReceiptsFullError';
  }
}

export type PaymentInput = Omit<PaymentRow, 'id' | 'order'> & { id?: string };

/** Adds (no id yet) or updates a payment; returns its id and how to undo the change. */
export async function savePayment(
  payment: PaymentInput,
  database: AppDB = defaultDb,
): Promise<{ id: string; undo: Undo | undefined }> {
  const id = payment.id ?? crypto.randomUUID();
  // One row changes: the undo compares that row alone, not the whole table before and after.
  const undo = await changeWithUndo(
    ['payments'],
    async () => {
      const all = await database.payments.toArray();
      const others = all.filter((other) => other.id !== id);
      const order =
        all.find((other) => other.id === id)?.order ??
        Math.max(-1, ...all.map((other) => other.order)) + 1;
      const row: PaymentRow = { ...payment, id, order };
      if (row.receipt) {
        const used = others.reduce((sum, other) => sum + (other.receipt?.blob.size ?? 0), 0);
        const total = used + row.receipt.blob.size;
        if (total > MAX_RECEIPTS_TOTAL_BYTES) {
          throw new ReceiptsFullError(total, MAX_RECEIPTS_TOTAL_BYTES);
        }
      }
      await database.payments.put(row);
    },
    database,
    [id],
  );
  return { id, undo };
}

/** Deletes a payment, receipt included; returns how to undo it. */
export function deletePayment(id: string, database: AppDB = defaultDb): Promise<Undo | undefined> {
  return changeWithUndo(['payments'], () => database.payments.delete(id), database);
}

/** Every payment, newest first (the list's order), live. */
export function usePayments(database: AppDB = defaultDb): PaymentRow[] | undefined {
  return useLiveQuery(() => database.payments.orderBy('date').reverse().toArray(), [database]);
}

/** One lender's payments, oldest first: the evidence trail of what was paid to it. */
export function usePaymentsTo(debtId: string, database: AppDB = defaultDb): PaymentRow[] {
  return (
    useLiveQuery(
      async () => inRecordedOrder(await database.payments.where('debtId').equals(debtId).toArray()),
      [debtId, database],
    ) ?? []
  );
}
