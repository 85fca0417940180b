import { useCallback, useSyncExternalStore } from 'react';
import { reportWriteFailure } from '../storage/storageErrors';
import { type AppDB, type DraftRow, db as defaultDb } from './AppDB';

/**
 * Every form's unsaved input, in one store: held in memory for the views (read synchronously,
 * so a form opens with its draft on the first paint) and written to IndexedDB once typing
 * pauses (WRITE_DELAY_MS), and at once when the page may go away (flushDrafts: closing or
 * reloading asks first, and the write is made while it asks), so a reload, a crash or a restart
 * gives it back. A draft exists only once something
 * was typed, and goes when the form is saved or cancelled: "there are drafts" is exactly
 * "there is unsaved work", what closing the window asks about.
 *
 * Keys name the form and the record ("debt", "budget:incomes", "lender:<debtId>:statement"…);
 * everything typed about one lender starts with lenderDraftPrefix, so it goes with the lender.
 * A draft is read back only by the form that wrote it; a form whose draft shape changes must
 * change its key prefix, so an old draft is never read as the new shape.
 */
const drafts = new Map<string, unknown>();
/**
 * How long a draft waits after a change before it is written. A write per keystroke held up
 * the save that followed it: Chromium ran the save's transaction only once the last keystroke's
 * had committed, 20–35 ms in a window in the background (measured in the UI benchmark). A pause
 * this short is shorter than a person's between their last keystroke and pressing Save.
 */
const WRITE_DELAY_MS = 250;
/** The drafts changed but not written yet: when each is due, and who waits for its write. */
const unwritten = new Map<string, { timer: ReturnType<typeof setTimeout>; written: () => void }>();
/** The keys with a row in IndexedDB: a draft discarded before it was written needs no delete. */
const stored = new Set<string>();
const listeners = new Set<() => void>();
let database: AppDB = defaultDb;

function changed(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reads the kept drafts; called once before the first paint (and by tests, with their db). */
export async function loadDrafts(from: AppDB = defaultDb): Promise<void> {
  // What is still waiting goes where it was typed, before another database is read.
  await flushDrafts();
  database = from;
  const rows = await from.drafts.toArray();
  drafts.clear();
  stored.clear();
  for (const row of rows) {
    drafts.set(row.key, row.value);
    stored.add(row.key);
  }
  changed();
}

/**
 * Writes these drafts as they are in memory now (a draft gone: its row deleted, if it has one),
 * in one transaction committed as soon as it is asked for: a page that unloads aborts a
 * transaction still waiting to commit itself (after the page has seen its writes succeed), and
 * a reload can follow its question within milliseconds. Transactions on one store run in the
 * order they were made: the last keystroke wins.
 */
async function write(keys: readonly string[]): Promise<void> {
  const waiting = keys.map((key) => unwritten.get(key));
  for (const key of keys) {
    clearTimeout(unwritten.get(key)?.timer);
    unwritten.delete(key);
  }
  try {
    if (!database.isOpen()) await database.open();
    const transaction = database.backendDB().transaction('drafts', 'readwrite');
    const store = transaction.objectStore('drafts');
    const savedAt = new Date().toISOString();
    for (const key of keys) {
      const value = drafts.get(key);
      if (value !== undefined) {
        stored.add(key);
        store.put({ key, value, savedAt } satisfies DraftRow);
      } else if (stored.delete(key)) {
        store.delete(key);
      }
    }
    const committed = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(transaction.error ?? new Error('draft write aborted'));
    });
    transaction.commit();
    await committed;
  } catch (error) {
    reportWriteFailure(error);
  } finally {
    for (const entry of waiting) entry?.written();
  }
}

/**
 * Keeps (or, with null, clears) one draft: in memory at once; in IndexedDB once typing pauses,
 * or at once for a clear. Resolves when the write is done.
 */
export function setDraft(key: string, value: unknown): Promise<void> {
  if (value === null) drafts.delete(key);
  else drafts.set(key, value);
  changed();
  if (value === null) return write([key]);
  const waiting = unwritten.get(key);
  if (waiting) clearTimeout(waiting.timer);
  return new Promise<void>((resolve) => {
    const written = () => {
      waiting?.written();
      resolve();
    };
    unwritten.set(key, { timer: setTimeout(() => void write([key]), WRITE_DELAY_MS), written });
  });
}

/** Writes every draft still waiting for its pause, at once: the page may be going away. */
export async function flushDrafts(): Promise<void> {
  if (unwritten.size > 0) await write([...unwritten.keys()]);
}

export function getDraft<T>(key: string): T | undefined {
  return drafts.get(key) as T | undefined;
}

/** The keys of the drafts kept under a prefix, e.g. every "budget:incomes:" draft. */
export function draftKeys(prefix: string): string[] {
  return [...drafts.keys()].filter((key) => key.startsWith(prefix));
}

/** Drops every draft under a prefix: what was typed about a record that is gone. */
export async function discardDrafts(prefix: string): Promise<void> {
  await Promise.all(draftKeys(prefix).map((key) => setDraft(key, null)));
}

/** The prefix of every draft about one lender (debt): its contact entries, its statement. */
export const lenderDraftPrefix = (debtId: string) => `lender:${debtId}:`;

/** Whether anything typed is not saved yet. */
export function hasUnsavedWork(): boolean {
  return drafts.size > 0;
}

/** One draft, live, and its setter (null clears it). */
export function useDraft<T>(key: string): [T | undefined, (value: T | null) => void] {
  const draft = useSyncExternalStore(subscribe, () => getDraft<T>(key));
  const set = useCallback((value: T | null) => void setDraft(key, value), [key]);
  return [draft, set];
}

/**
 * A form's kept draft: whose it is (a record's id, or what the form was opened on), what the
 * page needs to open the form again after a restart, and the typed values.
 */
export interface FormDraft<T, O> {
  owner: string;
  opened: O;
  value: T;
}

/**
 * useState for a form's fields that survives reloads: the kept draft while it belongs to
 * `owner`, else `initial`. Each change keeps the draft; `discard` (after saving, or on cancel)
 * drops it. A draft of another owner under the same key is left alone until this form is
 * typed in, which replaces it.
 */
export function useFormDraft<T extends object, O>(
  key: string,
  owner: string,
  opened: O,
  initial: T,
): [T, (patch: Partial<T>) => void, () => void] {
  const [kept, keep] = useDraft<FormDraft<T, O>>(key);
  const value = kept?.owner === owner ? kept.value : initial;
  const update = (patch: Partial<T>) => {
    // The latest draft, not this render's: several updates may come before the next render.
    const latest = getDraft<FormDraft<T, O>>(key);
    const current = latest?.owner === owner ? latest.value : initial;
    keep({ owner, opened, value: { ...current, ...patch } });
  };
  return [value, update, () => keep(null)];
}
