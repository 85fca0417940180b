import type { AutoBackupKind } from './contract';

export type { AutoBackupKind };

/**
 * The names automatic backups are kept under, shared by the desktop shell (files under
 * userData/backups) and the browser shell (safety copies in its own storage): the name records
 * when the backup was written (local time) and of which kind it is, and nothing else is taken
 * for one.
 */
const namePattern = /^ashore-(backup|safety)-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.json$/;
const prefixes: Record<AutoBackupKind, string> = { auto: 'backup', safety: 'safety' };

/**
 * The file name for a backup written at this moment, e.g. ashore-backup-20261121-083000.json,
 * or ashore-safety-20261121-083000.json for a safety backup.
 */
export function autoBackupName(at: Date, kind: AutoBackupKind = 'auto'): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}`;
  const time = `${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
  return `ashore-${prefixes[kind]}-${day}-${time}.json`;
}

/** The moment and kind an automatic backup's name records, or undefined for any other file. */
export function parseAutoBackupName(name: string): { at: Date; kind: AutoBackupKind } | undefined {
  const match = namePattern.exec(name);
  if (!match) return undefined;
  const kind: AutoBackupKind = match[1] === 'safety' ? 'safety' : 'auto';
  const [year, month, day, hour, minute, second] = match.slice(2).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(year, month - 1, day, hour, minute, second);
  // Reject impossible dates (20261341-…) that Date would silently roll over.
  return date.getMonth() === month - 1 && date.getDate() === day ? { at: date, kind } : undefined;
}
