import { Dexie, type EntityTable } from 'dexie';
import type { PlanVariantInput, ScenarioInput } from '../../core/scenario/types';

import type { UiLanguage as Language } from '../../shared/contract';

/** The household's preferences: one row, id 'app'. Absent fields mean "not chosen yet". */
export interface SettingsRow {
  id: 'app';
  language?: Language;
  /** ISO 4217 code, display only (model §11). */
  currency?: string;
  /** Light or dark colours, or whatever the system uses (the default). */
  theme?: ThemeChoice;
  /** How many days before a due the reminder comes (0: on the day). */
  reminderDays?: number;
  /**
   * The one-year Loan Prime Rate the person entered, in percent ("3.00"), and the date it was
   * published: 4 × LPR is what courts protect of private lending, a yardstick for any rate.
   */
  lpr?: { percent: string; date: string };
}

export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

type DebtInput = ScenarioInput['debts'][number];
type BudgetItemInput = NonNullable<NonNullable<ScenarioInput['budget']>['incomes']>[number];
type BudgetInput = NonNullable<ScenarioInput['budget']>;
export type AgreementInput = NonNullable<DebtInput['agreements']>[number];

/** An income, fixed cost or obligation, as the model's Item plus its place in the list. */
export type BudgetItemRow = BudgetItemInput & { id: string; order: number };

/** The plan-wide choices: one row, id 'household'. */
export interface HouseholdRow {
  id: 'household';
  /** The date the balances are as of; the plan starts here (model §2). */
  startDate: string;
  reserve?: BudgetInput['reserve'];
  paymentLimit?: string;
  strategy?: ScenarioInput['strategy'];
  customOrder?: string[];
  horizonMonths?: number;
  /** The court view (model §15): plan with charges capped at this annual rate. */
  chargeCap?: ScenarioInput['chargeCap'];
  /**
   * Past months (YYYY-MM, the month a period starts in) with no payment recorded that the
   * person confirmed they did not pay: the overview stops asking about them.
   */
  confirmedNoPayment?: string[];
  /**
   * The day the plan was started anew from the lenders' figures (re-base, issue 13): agreements
   * dated before it are history, already in those figures, and no longer planned.
   */
  rebasedOn?: string;
}

/** A debt as the model reads it, minus its agreements (their own table), plus list order. */
export type DebtRow = Omit<DebtInput, 'agreements'> & {
  order: number;
  /**
   * The date the debt first fell overdue, YYYY-MM-DD. Not part of the planning model (the plan
   * needs amounts, not history); the negotiation workspace uses it to judge what to ask for
   * (a short overdue and a small amount make a full waiver promising).
   */
  overdueSince?: string;
  /**
   * The day of the month the lender collects (花呗 on the 10th), 1–31; a shorter month takes
   * its last day. Not part of the planning model (its periods stay as they are): it dates the
   * list of dues, the reminders and the calendar file.
   */
  dueDay?: number;
};

export interface AgreementRow {
  id: string;
  debtId: string;
  order: number;
  agreement: AgreementInput;
}

export const contactChannels = ['phone', 'appChat', 'email', 'letter', 'inPerson'] as const;
export type ContactChannel = (typeof contactChannels)[number];

/** One contact with a lender (协商记录): who said what, what was promised, what comes next. */
export interface ContactRow {
  id: string;
  debtId: string;
  /** Local date and time of the contact, YYYY-MM-DDTHH:mm. */
  at: string;
  channel: ContactChannel;
  /** Name or staff ID of the person spoken to. */
  who: string;
  said: string;
  answer: string;
  promised: string;
  /** Next follow-up date, YYYY-MM-DD; absent when nothing is planned. */
  followUp?: string;
  /** The follow-up has been done. */
  followUpDone?: boolean;
}

export const evidenceItems = [
  'incomeProof',
  'bankStatements',
  'hardshipProof',
  'creditReport',
  'paymentRecords',
] as const;
export type EvidenceItem = (typeof evidenceItems)[number];
export const evidenceStatuses = ['needed', 'have', 'requested', 'sent'] as const;
export type EvidenceStatus = (typeof evidenceStatuses)[number];

/** One piece of evidence (证明材料) for one lender, and where it stands. */
export interface EvidenceRow {
  id: string;
  debtId: string;
  item: EvidenceItem;
  status: EvidenceStatus;
  note: string;
}

/** The hardship statement (情况说明) for one lender: a draft the person edits and keeps. */
export interface StatementRow {
  debtId: string;
  language: Language;
  text: string;
  /** ISO timestamp of the last save. */
  updatedAt: string;
  /** What caused the hardship, in the person's words (job loss, illness…): the letter quotes it. */
  cause?: string;
  /** What has already been paid to this lender, in the person's words. */
  paid?: string;
}

export const paymentChannels = [
  'alipay',
  'wechat',
  'bankTransfer',
  'autoDebit',
  'cash',
  'other',
] as const;
export type PaymentChannel = (typeof paymentChannels)[number];

/** The image types a receipt may be: what every browser engine shows in an <img>. */
export const receiptTypes = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type ReceiptType = (typeof receiptTypes)[number];
/** At most 5 MB per receipt: a phone's screenshot fits many times over. */
export const MAX_RECEIPT_BYTES = 5 * 1024 * 1024;

/** A receipt (a screenshot of the repayment) kept with its payment as evidence. */
export interface ReceiptImage {
  type: ReceiptType;
  blob: Blob;
}

/** A payment actually made (还款记录): the model's actual payment (§14) plus its evidence. */
export interface PaymentRow {
  id: string;
  debtId: string;
  /** The day it was paid, YYYY-MM-DD. */
  date: string;
  /** Decimal string, "1234.50". */
  amount: string;
  channel: PaymentChannel;
  note: string;
  receipt?: ReceiptImage;
  /** Recording order: payments of one day keep the order they were entered or imported in. */
  order: number;
}

/**
 * A form's unsaved input, kept while it is typed so a reload, a crash or a restart never loses
 * it. Not household data: never backed up, never restored.
 */
export interface DraftRow {
  /** Which form and which record, e.g. "contact:new:<debtId>" or "debt:<id>". */
  key: string;
  /** The form's own draft shape, as JSON values. */
  value: unknown;
  /** ISO timestamp of the last keystroke kept. */
  savedAt: string;
}

/**
 * In browser mode, the household as it was right before a restore or import replaced it (the
 * desktop keeps these as files). Not household data: never backed up, never restored over.
 */
export interface SafetyBackupRow {
  /** Named like the desktop's files, ashore-safety-YYYYMMDD-HHMMSS.json. */
  name: string;
  /** ISO timestamp of when it was written. */
  writtenAt: string;
  /** The backup document, as a backup file holds it. */
  content: string;
}

/**
 * The plan the person chose to follow (按这个计划执行), frozen: one row, id 'baseline'. Kept as
 * its scenario without recorded payments (the plan is deterministic, so the same scenario gives
 * the same plan), so progress is measured against what was planned on the day it was chosen.
 */
export interface BaselineRow {
  id: 'baseline';
  /** The day it was chosen, YYYY-MM-DD. */
  chosenOn: string;
  scenario: ScenarioInput;
}

/**
 * A reminder already shown, so a due is announced once however often the app starts. Not
 * household data: never backed up, never restored.
 */
export interface ReminderRow {
  /** The due it announced: "<debtId>|<kind>|<YYYY-MM-DD>". */
  key: string;
  /** ISO timestamp of when it was shown. */
  shownAt: string;
}

/**
 * What a lender's app showed on one day (核对余额), kept as a history per debt. Money as the
 * model's decimal strings. The split is entered where the app shows one; `total` is the whole
 * balance either way (the parts' sum when split).
 */
export interface CheckInRow {
  id: string;
  debtId: string;
  /** The day the lender's app was read, YYYY-MM-DD. */
  date: string;
  /** ISO timestamp of when it was entered: orders several check-ins of one day. */
  recordedAt: string;
  total: string;
  /** Present only when the app shows the split; each part then present ("0.00" when none). */
  split?: { principal: string; interest: string; penalty: string; fees: string };
  /** Of the principal, what the lender counts as overdue (逾期本金), when the app shows it. */
  overduePrincipal?: string;
  /** Ashore's own figure when it was checked (checkIn.ts ashoreFigure); absent before the start. */
  ashore?: string;
  note: string;
}

/** The balance as lived at one past period's end, and whether a due was paid short in it. */
export interface LivedPoint {
  date: string;
  balance: string;
  missed: boolean;
}

/**
 * One re-base: the plan started anew from the lenders' figures on `date`. Keeps the plan as lived
 * before it, so the progress chart's lived line goes on from where it was.
 */
export interface RebaseRow {
  id: string;
  /** The new start date: the check-ins' day. */
  date: string;
  /** The start date it replaced. */
  previousStart: string;
  /** The balance at the replaced start, then at each period end up to `date`. */
  opening: string;
  lived: LivedPoint[];
  /** Per debt, what was paid to it from the replaced start until `date`. */
  paid: { debtId: string; amount: string }[];
}

/**
 * A 方案 (issue 14): a named set of changes over the household, kept to compare with the
 * household and the other 方案, and to adopt. The household itself is never changed by one
 * until it is adopted.
 */
export interface PlanVariantRow {
  id: string;
  name: string;
  order: number;
  /** ISO timestamp of when it was saved. */
  createdAt: string;
  variant: PlanVariantInput;
  /** The day it was adopted (its changes applied to the household), YYYY-MM-DD. */
  adoptedOn?: string;
}

export const budgetTables = ['incomes', 'fixedCosts', 'obligations', 'extras'] as const;
export type BudgetTable = (typeof budgetTables)[number];

export const DB_NAME = 'ashore';

/** Whether a rejection is one of Dexie's own errors (it wraps most IndexedDB failures). */
export function isDexieError(reason: unknown): reason is Error {
  return reason instanceof Dexie.DexieError;
}

/**
 * All of the household's data, in IndexedDB. Each schema change is a new version with its own
 * upgrade; versions are never edited once released, or existing users' databases break.
 * Money is stored as the model's decimal strings and rates as its rate objects, so a row is
 * the scenario's own shape and needs no conversion on the way to the engine.
 */
export class AppDB extends Dexie {
  settings!: EntityTable<SettingsRow, 'id'>;
  household!: EntityTable<HouseholdRow, 'id'>;
  incomes!: EntityTable<BudgetItemRow, 'id'>;
  fixedCosts!: EntityTable<BudgetItemRow, 'id'>;
  obligations!: EntityTable<BudgetItemRow, 'id'>;
  /** Money set aside for the debts beyond the budget (model §3, v2 extras). */
  extras!: EntityTable<BudgetItemRow, 'id'>;
  debts!: EntityTable<DebtRow, 'id'>;
  agreements!: EntityTable<AgreementRow, 'id'>;
  contacts!: EntityTable<ContactRow, 'id'>;
  evidence!: EntityTable<EvidenceRow, 'id'>;
  statements!: EntityTable<StatementRow, 'debtId'>;
  drafts!: EntityTable<DraftRow, 'key'>;
  safetyBackups!: EntityTable<SafetyBackupRow, 'name'>;
  payments!: EntityTable<PaymentRow, 'id'>;
  reminders!: EntityTable<ReminderRow, 'key'>;
  baseline!: EntityTable<BaselineRow, 'id'>;
  checkIns!: EntityTable<CheckInRow, 'id'>;
  rebases!: EntityTable<RebaseRow, 'id'>;
  planVariants!: EntityTable<PlanVariantRow, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({ settings: 'id' });
    this.version(2).stores({
      household: 'id',
      incomes: 'id, order',
      fixedCosts: 'id, order',
      obligations: 'id, order',
      debts: 'id, order',
      agreements: 'id, debtId, order',
    });
    // The negotiation workspace: contact log, evidence checklist, hardship statements.
    this.version(3).stores({
      contacts: 'id, debtId, at, followUp',
      evidence: 'id, debtId',
      statements: 'debtId',
    });
    // What keeps work safe: unsaved form drafts, and browser mode's safety backups; the plan
    // as lived: payments made (with receipts) and extras set aside for the debts.
    this.version(4).stores({
      drafts: 'key',
      safetyBackups: 'name, writtenAt',
      payments: 'id, debtId, date',
      extras: 'id, order',
    });
    // Living with the plan: the reminders already shown, and the plan chosen to follow.
    this.version(5).stores({ reminders: 'key, shownAt', baseline: 'id' });
    // Check-ins (issue 13): the balances the lenders' apps showed, and the plan's re-bases.
    this.version(6).stores({ checkIns: 'id, debtId, date', rebases: 'id, date' });
    // 方案 (issue 14): named sets of changes over the household, compared side by side.
    this.version(7).stores({ planVariants: 'id, order' });
  }
}

export const db = new AppDB();
