import { describe, expect, it } from 'vitest';
import {
  KEEP_DAYS,
  KEEP_LATEST,
  autoBackupName,
  backupsToPrune,
  parseAutoBackupName,
} from '../../src/main/backupRetention';

const at = (day: number, hour = 12, minute = 0) => new Date(2026, 10, day, hour, minute, 0);
const kept = (names: string[], now: Date) => {
  const pruned = new Set(backupsToPrune(names, now));
  return names.filter((name) => !pruned.has(name));
};

describe('autoBackupName / parseAutoBackupName', () => {
  it('round-trips a local moment through the file name', () => {
    const moment = new Date(2026, 0, 5, 7, 8, 9);
    expect(autoBackupName(moment)).toBe('ashore-backup-20260105-070809.json');
    expect(parseAutoBackupName(autoBackupName(moment))).toEqual({ at: moment, kind: 'auto' });
    expect(autoBackupName(moment, 'safety')).toBe('ashore-safety-20260105-070809.json');
    expect(parseAutoBackupName(autoBackupName(moment, 'safety'))).toEqual({
      at: moment,
      kind: 'safety',
    });
  });

  it.each([
    'notes.txt',
    'ashore-backup-20261341-000000.json',
    'ashore-backup-20260230-000000.json',
    'ashore-backup-20260105-070809.json.tmp',
    '../ashore-backup-20260105-070809.json',
    '.ashore-backup-20260105-070809.json.abc.tmp',
  ])('does not take %s for an automatic backup', (name) => {
    expect(parseAutoBackupName(name)).toBeUndefined();
  });
});

describe('backupsToPrune', () => {
  it('keeps everything while there are at most 10', () => {
    const names = Array.from({ length: KEEP_LATEST }, (_, i) => autoBackupName(at(21, 8, i)));
    expect(backupsToPrune(names, at(21, 9))).toEqual([]);
  });

  it('keeps the newest 10 of one busy day and drops the older ones', () => {
    const names = Array.from({ length: 25 }, (_, i) => autoBackupName(at(21, 8, i)));
    const left = kept(names, at(21, 9));
    expect(left).toEqual(names.slice(-KEEP_LATEST));
  });

  it('keeps the newest backup of each of the last 30 days besides the latest 10', () => {
    // Three backups a day for 40 days, 2026-10-13 … 2026-11-21.
    const names: string[] = [];
    for (let d = 0; d < 40; d++) {
      for (const hour of [9, 13, 20]) names.push(autoBackupName(new Date(2026, 9, 13 + d, hour)));
    }
    const now = new Date(2026, 10, 21, 21);
    const left = new Set(kept(names, now));
    // The latest 10: all three of the last three days and the last of the fourth.
    for (const name of names.slice(-KEEP_LATEST)) expect(left).toContain(name);
    // One per day for 30 days: the 20:00 backup of 2026-10-23 … 2026-11-21.
    for (let d = 0; d < KEEP_DAYS; d++) {
      expect(left).toContain(autoBackupName(new Date(2026, 10, 21 - d, 20)));
    }
    // Nothing older than 30 days, and not the earlier ones of a day outside the latest 10.
    expect(left).not.toContain(autoBackupName(new Date(2026, 9, 22, 20)));
    expect(left).not.toContain(autoBackupName(new Date(2026, 10, 10, 9)));
    expect(left.size).toBe(KEEP_DAYS + (KEEP_LATEST - 4));
  });

  it('keeps a lone old backup only while it is among the latest 10', () => {
    const old = autoBackupName(new Date(2026, 5, 1));
    expect(backupsToPrune([old], at(21))).toEqual([]);
    const recent = Array.from({ length: KEEP_LATEST }, (_, i) => autoBackupName(at(21, 8, i)));
    expect(backupsToPrune([old, ...recent], at(21, 9))).toEqual([old]);
  });

  it('counts days in local time across a month boundary', () => {
    const names = Array.from({ length: 12 }, (_, i) => autoBackupName(at(21, 8, i)));
    const lastOfOctober = autoBackupName(new Date(2026, 9, 31, 23, 59));
    expect(kept([lastOfOctober, ...names], at(21, 9))).toContain(lastOfOctober);
    expect(kept([lastOfOctober, ...names], new Date(2026, 10, 30, 9))).not.toContain(lastOfOctober);
  });

  it('keeps a safety backup for its first 30 days, however many backups follow it', () => {
    const safety = autoBackupName(new Date(2026, 9, 23, 8), 'safety');
    // A busy month after it: 40 automatic backups a day.
    const busy: string[] = [];
    for (let d = 0; d < 30; d++) {
      for (let i = 0; i < 40; i++) busy.push(autoBackupName(new Date(2026, 9, 23 + d, 9, i)));
    }
    // Day 30 after it (2026-11-21): still kept; the latest 10 are still the newest automatic.
    const left = kept([safety, ...busy], new Date(2026, 10, 21, 23));
    expect(left).toContain(safety);
    for (const name of busy.slice(-KEEP_LATEST)) expect(left).toContain(name);
    // Day 31 and later: it goes.
    expect(backupsToPrune([safety, ...busy], new Date(2026, 10, 23, 9))).toContain(safety);
  });

  it('never names a file that is not an automatic backup', () => {
    const names = [
      'keep-me.json',
      ...Array.from({ length: 30 }, (_, i) => autoBackupName(at(21, 1, i))),
    ];
    expect(backupsToPrune(names, at(21, 9))).not.toContain('keep-me.json');
  });
});
