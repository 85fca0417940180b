import type { TFunction } from 'i18next';
import { type BudgetItem, type IssuePath, validateBudgetItem } from '../../core';
import type { BudgetItemRow, BudgetTable } from '../db/AppDB';
import { issuesByField } from '../validation/issueText';

export type Frequency = BudgetItem['frequency'];
export const frequencies: readonly Frequency[] = ['monthly', 'yearly', 'once'];

/**
 * A budget item as the form holds it: every control's text as typed, including the month
 * controls of the frequencies not chosen, so that switching frequency back and forth loses
 * nothing the person typed.
 */
export interface ItemDraft {
  name: string;
  amount: string;
  frequency: Frequency;
  startMonth: string;
  endMonth: string;
  /** Yearly: the month of the year, "1"–"12", or "" when not chosen yet. */
  monthOfYear: string;
  /** Once: the month it happens, YYYY-MM. */
  onceMonth: string;
}

export const emptyDraft: ItemDraft = {
  name: '',
  amount: '',
  frequency: 'monthly',
  startMonth: '',
  endMonth: '',
  monthOfYear: '',
  onceMonth: '',
};

export function draftFromRow(row: BudgetItemRow): ItemDraft {
  const frequency = row.frequency ?? 'monthly';
  return {
    name: row.name,
    amount: row.amount,
    frequency,
    startMonth: row.startMonth ?? '',
    endMonth: row.endMonth ?? '',
    monthOfYear: frequency === 'yearly' && row.month !== undefined ? String(row.month) : '',
    onceMonth: frequency === 'once' && typeof row.month === 'string' ? row.month : '',
  };
}

/**
 * The item the draft stands for, in the model's shape (§11 Item): only the fields its frequency
 * uses, empty optional months left out. A one-off has no start or end, so they are not sent
 * (they stay in the draft, hidden, in case the person switches back).
 */
export function inputFromDraft(draft: ItemDraft): Record<string, string | number> {
  const input: Record<string, string | number> = {
    name: draft.name.trim(),
    amount: draft.amount,
    frequency: draft.frequency,
  };
  if (draft.frequency !== 'once') {
    if (draft.startMonth !== '') input.startMonth = draft.startMonth;
    if (draft.endMonth !== '') input.endMonth = draft.endMonth;
  }
  if (draft.frequency === 'yearly' && draft.monthOfYear !== '') {
    input.month = Number(draft.monthOfYear);
  }
  if (draft.frequency === 'once' && draft.onceMonth !== '') input.month = draft.onceMonth;
  return input;
}

export type DraftCheck =
  | { ok: true; item: BudgetItem; errors: Map<string, string[]> }
  | { ok: false; errors: Map<string, string[]> };

/**
 * Checks a draft with the engine's own rules, at the place the item will have in the scenario
 * (`incomes[2]`), and returns the messages per field of the form: `name`, `amount`, `month`,
 * `startMonth`, `endMonth`.
 */
export function checkDraft(
  draft: ItemDraft,
  table: BudgetTable,
  index: number,
  t: TFunction,
): DraftCheck {
  const path: IssuePath = [table, index];
  const result = validateBudgetItem(inputFromDraft(draft), path);
  const errors = result.ok ? new Map<string, string[]>() : issuesByField(result.issues, path, t);
  // The engine accepts an unnamed item (a file may have one), but in a list of rows with Edit
  // and Delete buttons a person could not tell which is which: the form asks for a name.
  if (draft.name.trim() === '' && !errors.has('name')) errors.set('name', [t('issues.text.empty')]);
  if (result.ok && errors.size === 0) return { ok: true, item: result.value, errors };
  return { ok: false, errors };
}

/** Which item's form is open: none, a new one, or the stored item with this id. */
export type Editing = null | { kind: 'new' } | { kind: 'edit'; id: string };

/** One item of a list is edited at a time: each list's draft has one key. */
export const budgetDraftKey = (table: BudgetTable) => `budget:${table}`;
