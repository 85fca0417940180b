import { Dec } from '../../core/money';
import { MAX_OPEN_FILE_BYTES } from '../../shared/contract';
import { validateScenario } from '../../core/scenario/validate';
import { toScenarioInput } from '../db/scenarioRows';
import { DEFAULT_CURRENCY } from '../settings/settings';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupTables,
  backupEnvelopeSchema,
  backupTablesSchema,
} from './backupSchema';
import type { z } from 'zod';
import { tableNames } from './backupTables';
import { checksumOf } from './checksum';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './nesting';

type BackupEnvelope = z.output<typeof backupEnvelopeSchema>;

export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  appVersion: string;
  checksum: string;
  tables: BackupTables;
}

/** The document for these tables, dated and sealed with its checksum. */
export async function sealBackup(
  tables: BackupTables,
  appVersion: string,
  now: Date = new Date(),
): Promise<BackupDocument> {
  const sealed: Omit<BackupDocument, 'checksum'> = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    appVersion,
    tables,
  };
  return { ...sealed, checksum: await sealOf(sealed) };
}

/**
 * The checksum a backup of this version must carry: since version 2 it covers everything but
 * the checksum itself, so a changed date or version is seen as damage like a changed amount;
 * version 1 files sealed the tables only and are still read.
 */
export function sealOf(envelope: Omit<BackupEnvelope, 'checksum'>): Promise<string> {
  if (envelope.version < 2) return checksumOf(envelope.tables);
  const { format, version, createdAt, appVersion, tables } = envelope;
  return checksumOf({ format, version, createdAt, appVersion, tables });
}

/**
 * A backup larger than a backup file may be (what the app reads back, 20 MiB) is refused
 * before anything is written: a file that cannot be restored is no backup. Receipt images are
 * what makes a household this large.
 */
export class BackupTooLargeError extends Error {
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`The backup would be ${bytes} bytes; a backup file may be at most ${limit} bytes.`);
    this.name = 'BackupTooLargeError';
  }
}

export function serializeBackup(backup: BackupDocument, limit = MAX_OPEN_FILE_BYTES): string {
  const text = `${JSON.stringify(backup, null, 2)}\n`;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > limit) throw new BackupTooLargeError(bytes, limit);
  return text;
}

/** Why a file cannot be restored, for a message in the user's language. */
export type BackupProblem =
  | { kind: 'notJson' }
  | { kind: 'damaged' }
  | { kind: 'foreign' }
  | { kind: 'newerVersion'; version: number }
  | { kind: 'checksum' }
  | { kind: 'invalid'; paths: string[] };

export interface BackupSummary {
  createdAt: string;
  counts: Record<(typeof tableNames)[number], number>;
  debtNames: string[];
  totalPrincipal: string;
  currency: string;
}

export type BackupCheck =
  | { ok: true; backup: BackupDocument; summary: BackupSummary }
  | { ok: false; problem: BackupProblem };

const pathText = (path: readonly PropertyKey[]) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .slice(1);

/** The relations the row schemas cannot see, checked by composing the scenario the app would plan. */
function relationProblems(tables: BackupTables): string[] {
  const debtIds = new Set(tables.debts.map((debt) => debt.id));
  const linked = [
    'agreements',
    'contacts',
    'evidence',
    'statements',
    'payments',
    'checkIns',
  ] as const;
  const orphans = linked.flatMap((name) =>
    tables[name]
      .map((row, index) => (debtIds.has(row.debtId) ? null : `${name}[${index}].debtId`))
      .filter((path): path is string => path !== null),
  );
  if (tables.debts.length === 0) return orphans;
  const household = tables.household[0] ?? { id: 'household' as const, startDate: '2000-01-01' };
  const payments = tables.payments.map(({ receipt: _receipt, ...payment }) => payment);
  const scenario = toScenarioInput(
    { ...tables, household, payments },
    tables.settings[0]?.currency ?? DEFAULT_CURRENCY,
  );
  const validation = validateScenario(scenario);
  return [...orphans, ...(validation.ok ? [] : validation.issues.map((issue) => issue.pathText))];
}

/**
 * Checks a backup file completely before anything is written: it must be JSON, an Ashore backup,
 * of a version this app reads, unaltered (checksum), and every row valid. Truncated or
 * hand-edited files are refused with the reason.
 */
export async function checkBackup(text: string): Promise<BackupCheck> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: text.includes(BACKUP_FORMAT) ? 'damaged' : 'notJson' } };
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    (parsed as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    return { ok: false, problem: { kind: 'foreign' } };
  }
  const envelope = backupEnvelopeSchema.safeParse(parsed);
  if (!envelope.success) {
    return {
      ok: false,
      problem: { kind: 'invalid', paths: envelope.error.issues.map((i) => pathText(i.path)) },
    };
  }
  if (envelope.data.version > BACKUP_VERSION) {
    return { ok: false, problem: { kind: 'newerVersion', version: envelope.data.version } };
  }
  if (nestsDeeperThan(envelope.data.tables, MAX_JSON_DEPTH)) {
    return { ok: false, problem: { kind: 'invalid', paths: ['tables'] } };
  }
  if ((await sealOf(envelope.data)) !== envelope.data.checksum) {
    return { ok: false, problem: { kind: 'checksum' } };
  }
  const tables = backupTablesSchema.safeParse(envelope.data.tables);
  if (!tables.success) {
    const paths = tables.error.issues.map((issue) => pathText(['tables', ...issue.path]));
    return { ok: false, problem: { kind: 'invalid', paths: [...new Set(paths)] } };
  }
  // The rows are written as they are in the file, not as parsed: parsing fills in defaults,
  // and a restore must give back exactly what was backed up.
  // A table the file does not have (it was written before the table existed) is empty.
  const rows: BackupTables = { ...noRows(), ...(envelope.data.tables as Partial<BackupTables>) };
  const relations = relationProblems(rows);
  if (relations.length > 0) return { ok: false, problem: { kind: 'invalid', paths: relations } };
  const backup: BackupDocument = { ...envelope.data, format: BACKUP_FORMAT, tables: rows };
  return { ok: true, backup, summary: summarize(backup) };
}

/** Every table, empty. */
function noRows(): BackupTables {
  return {
    settings: [],
    household: [],
    incomes: [],
    fixedCosts: [],
    obligations: [],
    extras: [],
    debts: [],
    agreements: [],
    contacts: [],
    evidence: [],
    statements: [],
    payments: [],
    baseline: [],
    checkIns: [],
    rebases: [],
    planVariants: [],
  };
}

function summarize(backup: BackupDocument): BackupSummary {
  const { tables } = backup;
  return {
    createdAt: backup.createdAt,
    counts: Object.fromEntries(
      tableNames.map((name) => [name, tables[name].length]),
    ) as BackupSummary['counts'],
    debtNames: [...tables.debts].sort((a, b) => a.order - b.order).map((debt) => debt.name),
    totalPrincipal: tables.debts
      .reduce((sum, debt) => sum.plus(debt.principal), new Dec(0))
      .toFixed(2),
    currency: tables.settings[0]?.currency ?? DEFAULT_CURRENCY,
  };
}
