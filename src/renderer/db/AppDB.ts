import { Dexie, type EntityTable } from 'dexie';

export type Language = 'zh-CN' | 'en';
export const languages: readonly Language[] = ['zh-CN', 'en'];

/** The household's preferences: one row, id 'app'. Absent fields mean "not chosen yet". */
export interface SettingsRow {
  id: 'app';
  language?: Language;
  /** ISO 4217 code, display only (model §11). */
  currency?: string;
}

export const DB_NAME = 'ashore';

/**
 * All of the household's data, in IndexedDB. Each schema change is a new version with its own
 * upgrade; versions are never edited once released, or existing users' databases break.
 */
export class AppDB extends Dexie {
  settings!: EntityTable<SettingsRow, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores({ settings: 'id' });
  }
}

export const db = new AppDB();
