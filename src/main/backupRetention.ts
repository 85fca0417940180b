/**
 * Which automatic backups to keep: the newest 10, plus the newest of each day for the last 30
 * days. Pure (names and a clock in, names out) so the rules are tested with dates, not files.
 * Times are the machine's local time: "one a day" means the user's day.
 */

export const KEEP_LATEST = 10;
export const KEEP_DAYS = 30;

const namePattern = /^ashore-backup-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.json$/;

/** The file name for a backup written at this moment, e.g. ashore-backup-20261121-083000.json. */
export function autoBackupName(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}`;
  const time = `${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
  return `ashore-backup-${day}-${time}.json`;
}

/** The moment an automatic backup's name records, or undefined for any other file. */
export function parseAutoBackupName(name: string): Date | undefined {
  const match = namePattern.exec(name);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(year, month - 1, day, hour, minute, second);
  // Reject impossible dates (20261341-…) that Date would silently roll over.
  return date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

const dayKey = (date: Date) => `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;

/** The names to delete. Files that are not automatic backups are never named. */
export function backupsToPrune(names: readonly string[], now: Date): string[] {
  const backups = names
    .map((name) => ({ name, at: parseAutoBackupName(name) }))
    .filter((entry): entry is { name: string; at: Date } => entry.at !== undefined)
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
  return backups.filter((entry) => !keep.has(entry.name)).map((entry) => entry.name);
}
