import { describe, expect, it, vi } from 'vitest';
import { checkBackup } from '../../../src/renderer/backup/backupDocument';
import { writeSafetyBackup } from '../../../src/renderer/backup/safetyBackup';
import {
  keepSafetyBackup,
  listSafetyBackups,
  readSafetyBackup,
} from '../../../src/renderer/db/backups';
import { saveBudgetItem, saveHousehold } from '../../../src/renderer/db/household';
import type { WriteAutoBackupResult } from '../../../src/shared/contract';
import { freshDb } from '../dbTestUtil';

function shell(
  result: WriteAutoBackupResult = { written: true, name: 'ashore-safety-x', pruned: 0 },
) {
  const requests: { content: string; kind?: string }[] = [];
  const api = {
    writeAutoBackup: vi.fn(async (request: { content: string; kind?: 'auto' | 'safety' }) => {
      requests.push(request);
      return result;
    }),
  };
  return { api, requests };
}

describe('the safety backup before a restore or import', () => {
  it('holds an edit made a moment ago, before any automatic backup had it', async () => {
    const database = freshDb();
    await saveHousehold({ startDate: '2026-11-21' }, database);
    await saveBudgetItem(
      'incomes',
      { name: '工资', amount: '8000.00', frequency: 'monthly' },
      database,
    );
    const { api, requests } = shell();
    expect(await writeSafetyBackup(api, '1.0.0', database)).toEqual({
      kept: true,
      name: 'ashore-safety-x',
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.kind).toBe('safety');
    const check = await checkBackup(requests[0]?.content ?? '');
    expect(check.ok && check.summary.counts.incomes).toBe(1);
  });

  it('has nothing to keep for an empty database', async () => {
    const { api } = shell();
    expect(await writeSafetyBackup(api, '1.0.0', freshDb())).toEqual({
      kept: false,
      reason: 'nothingToKeep',
    });
    expect(api.writeAutoBackup).not.toHaveBeenCalled();
  });

  it('says why it could not be kept, so the caller replaces nothing', async () => {
    const database = freshDb();
    await saveHousehold({ startDate: '2026-11-21' }, database);
    const { api } = shell({ written: false, reason: 'unwritable', detail: 'ENOSPC: disk full' });
    expect(await writeSafetyBackup(api, '1.0.0', database)).toEqual({
      kept: false,
      reason: 'failed',
      detail: 'ENOSPC: disk full',
    });
    const rejecting = { writeAutoBackup: vi.fn().mockRejectedValue(new Error('gone')) };
    expect(await writeSafetyBackup(rejecting, '1.0.0', database)).toMatchObject({
      kept: false,
      detail: 'Error: gone',
    });
  });
});

describe("browser mode's safety backups", () => {
  it('are listed newest first, read back, and pruned after 30 days', async () => {
    const database = freshDb();
    const day = (d: number) => new Date(2026, 9, d, 9);
    await keepSafetyBackup('{"a":1}', day(1), database);
    await keepSafetyBackup('{"b":2}', day(20), database);
    let list = await listSafetyBackups(database);
    expect(list.map((entry) => [entry.name, entry.kind, entry.size])).toEqual([
      ['ashore-safety-20261020-090000.json', 'safety', 7],
      ['ashore-safety-20261001-090000.json', 'safety', 7],
    ]);
    expect(await readSafetyBackup('ashore-safety-20261001-090000.json', database)).toEqual({
      opened: true,
      name: 'ashore-safety-20261001-090000.json',
      content: '{"a":1}',
    });
    // 2026-11-01 is 31 days after the first: writing another one prunes it.
    await keepSafetyBackup('{"c":3}', day(32), database);
    list = await listSafetyBackups(database);
    expect(list.map((entry) => entry.name)).toEqual([
      'ashore-safety-20261101-090000.json',
      'ashore-safety-20261020-090000.json',
    ]);
    expect(await readSafetyBackup('nope', database)).toEqual({
      opened: false,
      reason: 'unreadable',
    });
  });
});
