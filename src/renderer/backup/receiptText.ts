import type { PaymentRow } from '../db/AppDB';
import type { PaymentBackupRow } from './backupSchema';

// btoa/atob take "binary strings"; built a chunk at a time, since spreading megabytes of bytes
// into one call overflows the argument stack.
const CHUNK = 0x8000;

async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

function base64ToBlob(base64: string, type: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** A payment as a backup holds it: the receipt image's bytes as base64 text. */
export async function paymentToBackup(row: PaymentRow): Promise<PaymentBackupRow> {
  const { receipt, ...payment } = row;
  if (!receipt) return payment;
  return { ...payment, receipt: { type: receipt.type, base64: await blobToBase64(receipt.blob) } };
}

/** A backed-up payment as the database stores it: the receipt image as a Blob again. */
export function paymentFromBackup(row: PaymentBackupRow): PaymentRow {
  const { receipt, ...payment } = row;
  if (!receipt) return payment;
  return {
    ...payment,
    receipt: { type: receipt.type, blob: base64ToBlob(receipt.base64, receipt.type) },
  };
}
