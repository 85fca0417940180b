import { type AutoBackupKind, parseAutoBackupName } from '../shared/autoBackupName';

export { autoBackupName, parseAutoBackupName } from '../shared/autoBackupName';

/**
 * Which automatic backups to keep: the newest 10, plus the newest of each day for the last 30
 * days. Safety backups (the data as it was right before a restore or import replaced it) are
 * kept for 30 days whatever else is written, and never count against the others. Pure (names
 * and a clock in, names out) so the rules are tested with dates, not files. Times are the
 * machine's local time: "one a day" means the user's day.
 */

export const KEEP_LATEST = 10;
export const KEEP_DAYS = 30;

const dayKey = (date: Date) => `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;

/** The names to delete. Files that are not automatic backups are never named. */
export function backupsToPrune(names: readonly string[], now: Date): string[] {
  const parsed = names
    .map((name) => ({ name, ...parseAutoBackupName(name) }))
    .filter((entry): entry is { name: string; at: Date; kind: AutoBackupKind } => !!entry.at);
  const safetyUntil = new Date(now.getFullYear(), now.getMonth(), now.getDate() - KEEP_DAYS);
  const expiredSafety = parsed
    .filter((entry) => entry.kind === 'safety' && entry.at < safetyUntil)
    .map((entry) => entry.name);
  const backups = parsed
    .filter((entry) => entry.kind === 'auto')
    .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.name < b.name ? 1 : -1));
  const keep = new Set(backups.slice(0, KEEP_LATEST).map((entry) => entry.name));
  const oldestDay = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (KEEP_DAYS - 1));
  const daysKept = new Set<string>();
  for (const entry of backups) {
    if (entry.at < oldestDay) continue;
    const day = dayKey(entry.at);
    if (daysKept.has(day)) continue;
    daysKept.add(day);
    keep.add(entry.name);
  }
  return [
    ...backups.filter((entry) => !keep.has(entry.name)).map((entry) => entry.name),
    ...expiredSafety,
  ];
}
