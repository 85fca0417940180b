import { z } from 'zod';

/**
 * The outer shape of an Ashore backup document, shared by the renderer (which checks a backup
 * completely, rows and checksum included) and the main process (which only keeps automatic
 * backups and refuses to store anything that is not at least a backup envelope).
 */
export const BACKUP_FORMAT = 'ashore-backup';

export const backupEnvelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  // A real moment (toISOString's shape, or with an offset): the preview formats it, and an
  // unparsable date there would throw.
  createdAt: z.iso.datetime({ offset: true }),
  appVersion: z.string().max(40),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
  tables: z.unknown(),
});

/** Whether a text is JSON whose top level is a backup envelope with a tables object. */
export function isBackupEnvelopeText(text: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return false;
  }
  const envelope = backupEnvelopeSchema.safeParse(parsed);
  return (
    envelope.success &&
    typeof envelope.data.tables === 'object' &&
    envelope.data.tables !== null &&
    !Array.isArray(envelope.data.tables)
  );
}
