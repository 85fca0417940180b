import { z } from 'zod';
import {
  agreementSchema,
  budgetItemSchema,
  dateSchema,
  debtSchema,
  moneySchema,
  positiveMoneySchema,
  planVariantSchema,
  STRATEGIES,
} from '../../core/index';
import {
  chargeCapSchema,
  percentSchema,
  reserveSchema,
  scenarioSchema,
} from '../../core/scenario/schema';
import { uiLanguages } from '../../shared/contract';
import { MAX_REMINDER_DAYS } from '../settings/settings';
import {
  type AgreementRow,
  type BaselineRow,
  type BudgetItemRow,
  type CheckInRow,
  type ContactRow,
  type DebtRow,
  type EvidenceRow,
  type HouseholdRow,
  MAX_RECEIPT_BYTES,
  type PaymentRow,
  type RebaseRow,
  type PlanVariantRow,
  type ReceiptType,
  type SettingsRow,
  type StatementRow,
  contactChannels,
  evidenceItems,
  evidenceStatuses,
  themeChoices,
  paymentChannels,
  receiptTypes,
} from '../db/AppDB';

/**
 * What a backup's tables may hold: the engine's own schemas for the domain fields, plus the
 * storage fields (ids, order). Strict objects everywhere: an unknown key — a typo, or a hostile
 * `__proto__` — rejects the file.
 */
const id = z.string().min(1).max(100);
const order = z.number().int().min(0).max(1_000_000);
const text = z.string().max(200);
const longText = z.string().max(10_000);

/**
 * One schema per table, each checked against the row type the database stores (`satisfies`):
 * a field added to a row and forgotten here, or typed differently, is a compile error, and
 * what a restore writes is what the app reads.
 */
const settingsRow = z.strictObject({
  id: z.literal('app'),
  language: z.enum(uiLanguages).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  theme: z.enum(themeChoices).optional(),
  reminderDays: z.number().int().min(0).max(MAX_REMINDER_DAYS).optional(),
  lpr: z.strictObject({ percent: percentSchema, date: dateSchema }).optional(),
}) satisfies z.ZodType<SettingsRow>;

const householdRow = z.strictObject({
  id: z.literal('household'),
  startDate: dateSchema,
  reserve: reserveSchema.optional(),
  paymentLimit: moneySchema.optional(),
  strategy: z.enum(STRATEGIES).optional(),
  customOrder: z.array(id).max(1000).optional(),
  horizonMonths: z.number().int().min(1).max(1200).optional(),
  chargeCap: chargeCapSchema.optional(),
  confirmedNoPayment: z
    .array(z.string().regex(/^\d{4}-\d{2}$/))
    .max(1200)
    .optional(),
  rebasedOn: dateSchema.optional(),
}) satisfies z.ZodType<HouseholdRow>;

const budgetItemRow = budgetItemSchema.extend({ id, order }) satisfies z.ZodType<BudgetItemRow>;

const debtRow = debtSchema.omit({ agreements: true }).extend({
  order,
  overdueSince: dateSchema.optional(),
  dueDay: z.number().int().min(1).max(31).optional(),
}) satisfies z.ZodType<DebtRow>;

const agreementRow = z.strictObject({
  id,
  debtId: id,
  order,
  agreement: agreementSchema,
}) satisfies z.ZodType<AgreementRow>;

const contactRow = z.strictObject({
  id,
  debtId: id,
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  channel: z.enum(contactChannels),
  who: text,
  said: longText,
  answer: longText,
  promised: longText,
  followUp: dateSchema.optional(),
  followUpDone: z.boolean().optional(),
}) satisfies z.ZodType<ContactRow>;

const evidenceRow = z.strictObject({
  id,
  debtId: id,
  item: z.enum(evidenceItems),
  status: z.enum(evidenceStatuses),
  note: longText,
}) satisfies z.ZodType<EvidenceRow>;

const statementRow = z.strictObject({
  debtId: id,
  language: z.enum(uiLanguages),
  text: z.string().max(100_000),
  updatedAt: z.string().max(40),
  cause: longText.optional(),
  paid: longText.optional(),
}) satisfies z.ZodType<StatementRow>;

/** A payment as a backup holds it: its receipt image as base64 text, since JSON has no bytes. */
export type PaymentBackupRow = Omit<PaymentRow, 'receipt'> & {
  receipt?: { type: ReceiptType; base64: string };
};

const paymentRow = z.strictObject({
  id,
  debtId: id,
  date: dateSchema,
  amount: positiveMoneySchema,
  channel: z.enum(paymentChannels),
  note: longText,
  order,
  receipt: z
    .strictObject({
      type: z.enum(receiptTypes),
      base64: z
        .string()
        .max(Math.ceil(MAX_RECEIPT_BYTES / 3) * 4)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/),
    })
    .optional(),
}) satisfies z.ZodType<PaymentBackupRow>;

const baselineRow = z.strictObject({
  id: z.literal('baseline'),
  chosenOn: dateSchema,
  scenario: scenarioSchema,
}) satisfies z.ZodType<BaselineRow>;

// Check-ins (issue 13): what the lenders' apps showed, and the re-bases made from them.
const checkInRow = z.strictObject({
  id,
  debtId: id,
  date: dateSchema,
  recordedAt: z.string().max(40),
  total: moneySchema,
  split: z
    .strictObject({
      principal: moneySchema,
      interest: moneySchema,
      penalty: moneySchema,
      fees: moneySchema,
    })
    .optional(),
  overduePrincipal: moneySchema.optional(),
  ashore: moneySchema.optional(),
  note: longText,
}) satisfies z.ZodType<CheckInRow>;

const rebaseRow = z.strictObject({
  id,
  date: dateSchema,
  previousStart: dateSchema,
  opening: moneySchema,
  lived: z
    .array(z.strictObject({ date: dateSchema, balance: moneySchema, missed: z.boolean() }))
    .max(1200),
  paid: z.array(z.strictObject({ debtId: id, amount: moneySchema })).max(1000),
}) satisfies z.ZodType<RebaseRow>;
const planVariantRow = z.strictObject({
  id,
  name: text.min(1),
  order,
  createdAt: z.string().max(40),
  variant: planVariantSchema,
  adoptedOn: dateSchema.optional(),
}) satisfies z.ZodType<PlanVariantRow>;

export const backupTablesSchema = z.strictObject({
  settings: z.array(settingsRow).max(1),
  household: z.array(householdRow).max(1),
  incomes: z.array(budgetItemRow).max(10_000),
  fixedCosts: z.array(budgetItemRow).max(10_000),
  obligations: z.array(budgetItemRow).max(10_000),
  // Tables added after version 1 of the app: backups written before them have none.
  extras: z.array(budgetItemRow).max(10_000).default([]),
  debts: z.array(debtRow).max(1000),
  agreements: z.array(agreementRow).max(10_000),
  contacts: z.array(contactRow).max(100_000),
  evidence: z.array(evidenceRow).max(10_000),
  statements: z.array(statementRow).max(1000),
  payments: z.array(paymentRow).max(100_000).default([]),
  baseline: z.array(baselineRow).max(1).default([]),
  checkIns: z.array(checkInRow).max(100_000).default([]),
  rebases: z.array(rebaseRow).max(1000).default([]),
  planVariants: z.array(planVariantRow).max(1000).default([]),
});

/** Every table's rows, as the database stores them and a backup holds them. */
export interface BackupTables {
  settings: SettingsRow[];
  household: HouseholdRow[];
  incomes: BudgetItemRow[];
  fixedCosts: BudgetItemRow[];
  obligations: BudgetItemRow[];
  extras: BudgetItemRow[];
  debts: DebtRow[];
  agreements: AgreementRow[];
  contacts: ContactRow[];
  evidence: EvidenceRow[];
  statements: StatementRow[];
  payments: PaymentBackupRow[];
  baseline: BaselineRow[];
  checkIns: CheckInRow[];
  rebases: RebaseRow[];
  planVariants: PlanVariantRow[];
}

export { BACKUP_FORMAT, backupEnvelopeSchema } from '../../shared/backupEnvelope';
/**
 * The backup document's own version: bumped when its shape changes, not with the database.
 * Version 2: the checksum covers the whole envelope (format, version, createdAt, appVersion and
 * tables); version 1 files, whose checksum covers the tables only, are still read.
 */
export const BACKUP_VERSION = 2;
