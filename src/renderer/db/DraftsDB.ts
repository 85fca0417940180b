import { Dexie, type EntityTable } from 'dexie';

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

/** The drafts database that goes with the app database of this name. */
export const draftsDbName = (appDbName: string) => `${appDbName}-drafts`;

/**
 * The drafts, in a database of their own rather than a table of AppDB: Chromium runs one
 * database's read-write transactions one after the other even when their tables differ, so a
 * draft written on every keystroke held up the save that followed it (~25 ms per edit). A
 * database of its own has its own queue: a pending draft write never delays a save.
 */
export class DraftsDB extends Dexie {
  drafts!: EntityTable<DraftRow, 'key'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ drafts: 'key' });
  }
}
