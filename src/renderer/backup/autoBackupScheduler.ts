import type { AshoreApi, WriteAutoBackupResult } from '../../shared/contract';
import type { AppDB } from '../db/AppDB';
import { errorText } from '../format/errorText';
import { createBackup, hasHouseholdData, onHouseholdChanged } from '../db/backups';
import { checksumOf } from './checksum';
import { whenIdle } from '../app/whenIdle';

/** How long after the last change the backup is written: a burst of edits makes one backup. */
export const AUTO_BACKUP_DELAY_MS = 30_000;

/**
 * How long after the window opens the start's backup waits before looking for an idle moment.
 * The first load's idle moments are the short waits for the plan and the database: a backup
 * there (reading every table, loading the backup's schemas, hashing) came before the overview's
 * first chart, measured at 40–60 ms of a ~900 ms load. A few seconds later nothing waits on it.
 */
export const START_BACKUP_DELAY_MS = 5_000;

export interface AutoBackupOptions {
  database: AppDB;
  api: Pick<AshoreApi, 'writeAutoBackup'>;
  appVersion: () => string;
  onResult?: (result: WriteAutoBackupResult) => void;
  /** A backup that could not even be made or handed over (the shell's call rejected). */
  onFailure?: (reason: string) => void;
  delayMs?: number;
  startDelayMs?: number;
  /** Where the page announces it is going away (`pagehide`): the pending backup is written. */
  page?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

/** The page's next idle moment, or within a few seconds however busy it stays. */
const whenPageIdle = (run: () => void) => whenIdle(run, 5_000);

/**
 * Keeps automatic backups of the database through the desktop shell: one at start (once
 * start-up is over and the window is idle), one 30 s after the last committed change, and the
 * pending one at once when the window goes away (closed or reloaded within 30 s of an edit, the
 * edit would otherwise be in no backup). Listens for committed changes to the household's
 * tables (of this window or another), so an aborted write schedules nothing worth backing up and
 * a kept draft nothing at all. An empty database is never backed up: a start after data was
 * lost must not push the good backups out of the retention window, and an unchanged database is
 * not written twice in a row. Returns the stop function.
 */
export function startAutoBackups(options: AutoBackupOptions): () => void {
  const {
    database,
    api,
    onResult,
    onFailure,
    delayMs = AUTO_BACKUP_DELAY_MS,
    startDelayMs = START_BACKUP_DELAY_MS,
  } = options;
  const page = options.page ?? (typeof window === 'undefined' ? undefined : window);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastChecksum: string | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  async function backUp(): Promise<void> {
    if (stopped || !(await hasHouseholdData(database))) return;
    const backup = await createBackup(options.appVersion(), { database });
    // The data's own checksum: the document's covers its date too, which always differs.
    const dataChecksum = await checksumOf(backup.tables);
    if (dataChecksum === lastChecksum) return;
    // Loaded when first needed: the document's schemas are not part of the app's start-up.
    const { serializeBackup } = await import('./backupDocument');
    const result = await api.writeAutoBackup({ content: serializeBackup(backup) });
    if (result.written) lastChecksum = dataChecksum;
    // The browser shell keeps no backups: stop building documents nobody stores.
    if (!result.written && result.reason === 'unsupported') stop();
    onResult?.(result);
  }

  // One backup at a time, in order: a slow write never overlaps the next one. A failure is
  // reported, never swallowed, and the next change tries again.
  const queue = () => {
    running = running.then(backUp).catch((error: unknown) => onFailure?.(errorText(error)));
    return running;
  };

  function onChanged() {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void queue();
    }, delayMs);
  }

  function onPageHide() {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    void queue();
  }

  function stop() {
    stopped = true;
    clearTimeout(timer);
    unsubscribe();
    page?.removeEventListener('pagehide', onPageHide);
  }

  const unsubscribe = onHouseholdChanged(onChanged, database);
  page?.addEventListener('pagehide', onPageHide);
  // The start's backup reads and serialises every table: once start-up is over and the window
  // is idle, not in front of its first drawing. A change meanwhile is backed up 30 s after it.
  const startTimer = setTimeout(() => whenPageIdle(() => void queue()), startDelayMs);
  return () => {
    clearTimeout(startTimer);
    stop();
  };
}
