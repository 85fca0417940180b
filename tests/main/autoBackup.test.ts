import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAutoBackupHandlers } from '../../src/main/autoBackup';
import { autoBackupName } from '../../src/main/backupRetention';

vi.mock('electron', () => ({}));

const envelope = (note = '') =>
  JSON.stringify({
    format: 'ashore-backup',
    version: 1,
    createdAt: '2026-11-21T08:00:00.000Z',
    appVersion: `0.1.0${note}`,
    checksum: 'a'.repeat(64),
    tables: {},
  });

function fresh() {
  const parent = mkdtempSync(join(tmpdir(), 'ashore-auto-'));
  return join(parent, 'backups');
}

describe('automatic backups in the main process', () => {
  it('creates the folder and writes the document under a timestamped name', async () => {
    const folder = fresh();
    const now = new Date(2026, 10, 21, 8, 30, 0);
    const handlers = createAutoBackupHandlers(folder, () => now);
    const result = await handlers.writeAutoBackup({ content: envelope() });
    expect(result).toEqual({ written: true, name: autoBackupName(now), pruned: 0 });
    expect(readdirSync(folder)).toEqual(['ashore-backup-20261121-083000.json']);
    expect(readFileSync(join(folder, autoBackupName(now)), 'utf8')).toBe(envelope());
  });

  it('refuses to store anything that is not a backup envelope', async () => {
    const folder = fresh();
    const handlers = createAutoBackupHandlers(folder);
    for (const content of [
      '',
      'not json',
      '{"format":"ashore-backup"}',
      '[]',
      envelope().slice(0, 50),
    ]) {
      expect(await handlers.writeAutoBackup({ content })).toMatchObject({ written: false });
    }
  });

  it('prunes to the retention rules after writing, and never deletes other files', async () => {
    const folder = fresh();
    let minute = 0;
    const handlers = createAutoBackupHandlers(folder, () => new Date(2026, 10, 21, 8, minute++));
    for (let i = 0; i < 14; i++) await handlers.writeAutoBackup({ content: envelope(`-${i}`) });
    writeFileSync(join(folder, 'notes.txt'), 'mine');
    await handlers.writeAutoBackup({ content: envelope('-last') });
    const names = readdirSync(folder).sort();
    expect(names).toHaveLength(11);
    expect(names).toContain('notes.txt');
    expect(names).toContain('ashore-backup-20261121-081400.json');
    expect(names).not.toContain('ashore-backup-20261121-080400.json');
  });

  it('lists newest first and reads a backup back by name', async () => {
    const folder = fresh();
    let day = 1;
    const handlers = createAutoBackupHandlers(folder, () => new Date(2026, 10, day++, 9));
    await handlers.writeAutoBackup({ content: envelope('-a') });
    await handlers.writeAutoBackup({ content: envelope('-b') });
    const list = await handlers.listAutoBackups();
    expect(list.map((entry) => entry.name)).toEqual([
      'ashore-backup-20261102-090000.json',
      'ashore-backup-20261101-090000.json',
    ]);
    expect(list[0]?.size).toBe(envelope('-b').length);
    expect(await handlers.readAutoBackup({ name: list[0]?.name ?? '' })).toEqual({
      opened: true,
      name: 'ashore-backup-20261102-090000.json',
      content: envelope('-b'),
    });
  });

  it('keeps a safety backup under its own name, listed and read back like the others', async () => {
    const folder = fresh();
    let minute = 0;
    const handlers = createAutoBackupHandlers(folder, () => new Date(2026, 10, 21, 8, minute++));
    await handlers.writeAutoBackup({ content: envelope('-before'), kind: 'safety' });
    // Twenty automatic backups after it do not push it out.
    for (let i = 0; i < 20; i++) await handlers.writeAutoBackup({ content: envelope(`-${i}`) });
    const list = await handlers.listAutoBackups();
    const safety = list.find((entry) => entry.kind === 'safety');
    expect(safety?.name).toBe('ashore-safety-20261121-080000.json');
    expect(list.filter((entry) => entry.kind === 'auto')).toHaveLength(10);
    expect(await handlers.readAutoBackup({ name: safety?.name ?? '' })).toMatchObject({
      opened: true,
      content: envelope('-before'),
    });
  });

  it('answers an empty list when no backup was ever written', async () => {
    expect(await createAutoBackupHandlers(fresh()).listAutoBackups()).toEqual([]);
  });

  it('reads nothing but automatic backups, and reports a missing one', async () => {
    const folder = fresh();
    const handlers = createAutoBackupHandlers(folder);
    expect(await handlers.readAutoBackup({ name: '../../etc/passwd' })).toEqual({
      opened: false,
      reason: 'unreadable',
    });
    expect(await handlers.readAutoBackup({ name: 'ashore-backup-20261101-090000.json' })).toEqual({
      opened: false,
      reason: 'unreadable',
    });
  });

  it('reports a folder it cannot write to instead of throwing', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'ashore-auto-'));
    writeFileSync(join(parent, 'backups'), 'a file where the folder should be');
    const result = await createAutoBackupHandlers(join(parent, 'backups')).writeAutoBackup({
      content: envelope(),
    });
    expect(result).toMatchObject({ written: false, reason: 'unwritable' });
  });
});
