import { z } from 'zod';
import { isBackupEnvelopeText } from '../shared/backupEnvelope';
import {
  type ApiInput,
  type ApiMethod,
  MAX_OPEN_FILE_BYTES,
  fileKinds,
  uiLanguages,
} from '../shared/contract';
import { privacyLevels } from '../shared/printRoute';
import { fitsFileLimit } from './fileLimit';

const fileKind = z.enum(fileKinds);

/** A bare file name: the renderer suggests a name, never a folder to write into. */
const fileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[\\/\0]/.test(name) && name !== '.' && name !== '..', {
    message: 'must be a file name without folders',
  });

/** Only names the automatic backups are written under: never a path, never another file. */
const autoBackupFileName = z.string().regex(/^ashore-(backup|safety)-\d{8}-\d{6}\.json$/, {
  message: 'must name an automatic backup',
});

/** A whole file's text, at most as many UTF-8 bytes as the app will read back. */
const fileContent = z.string().refine((text) => fitsFileLimit(text), {
  message: `must be at most ${MAX_OPEN_FILE_BYTES} bytes of UTF-8`,
});

/**
 * What each method accepts, checked in the main process before a handler runs: the renderer is
 * web content, and whatever it sends is treated as unknown until it parses. Typed against the
 * contract, so a method without a schema, or a schema that admits the wrong shape, is an error.
 */
export const inputSchemas: { [M in ApiMethod]: z.ZodType<ApiInput<M>> } = {
  getAppInfo: z.undefined(),
  getPreferredLanguages: z.undefined(),
  saveFile: z.strictObject({ kind: fileKind, suggestedName: fileName, content: fileContent }),
  openFile: z.strictObject({ kind: fileKind }),
  notify: z.strictObject({ title: z.string().min(1).max(200), body: z.string().max(2000) }),
  exportPdf: z.strictObject({
    suggestedName: fileName,
    language: z.enum(uiLanguages),
    madeOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    lender: z
      .strictObject({
        debtId: z.string().min(1).max(200),
        privacy: z.enum(privacyLevels),
        others: z.boolean(),
        payments: z.boolean(),
      })
      .optional(),
    plansFirst: z.string().min(1).max(200).optional(),
  }),
  setMenuLanguage: z.enum(uiLanguages),
  writeAutoBackup: z.strictObject({
    content: fileContent.refine(isBackupEnvelopeText, {
      message: 'must be an Ashore backup document',
    }),
    kind: z.enum(['auto', 'safety']).optional(),
  }),
  listAutoBackups: z.undefined(),
  readAutoBackup: z.strictObject({ name: autoBackupFileName }),
};
