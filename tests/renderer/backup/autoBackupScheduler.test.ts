import { afterEach, describe, expect, it, vi } from 'vitest';
import { startAutoBackups } from '../../../src/renderer/backup/autoBackupScheduler';
import { checkBackup } from '../../../src/renderer/backup/backupDocument';
import type { AppDB } from '../../../src/renderer/db/AppDB';
import { saveBudgetItem, saveHousehold } from '../../../src/renderer/db/household';
import type { WriteAutoBackupResult } from '../../../src/shared/contract';
import { freshDb } from '../dbTestUtil';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function recorder(result: WriteAutoBackupResult = { written: true, name: 'n', pruned: 0 }) {
  const written: string[] = [];
  const api = {
    writeAutoBackup: vi.fn(async ({ content }: { content: string }) => {
      written.push(content);
      return result;
    }),
  };
  return { api, written };
}

function start(
  database: AppDB,
  api: ReturnType<typeof recorder>['api'],
  delayMs = 40,
  more: Partial<Parameters<typeof startAutoBackups>[0]> = {},
) {
  const stop = startAutoBackups({
    database,
    api,
    appVersion: () => '9.9.9',
    delayMs,
    startDelayMs: 0,
    ...more,
  });
  stops.push(stop);
  return stop;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('automatic backups in the renderer', () => {
  it('backs up at start a database with data, as a valid backup document', async () => {
    const database = freshDb();
    await saveHousehold({ startDate: '2026-11-21' }, database);
    const { api, written } = recorder();
    start(database, api);
    await vi.waitFor(() => expect(written).toHaveLength(1));
    const check = await checkBackup(written[0] ?? '');
    expect(check.ok && check.backup.appVersion).toBe('9.9.9');
  });

  it('leaves the start to the first drawing: its backup comes once the start delay has passed', async () => {
    const database = freshDb();
    await saveHousehold({ startDate: '2026-11-21' }, database);
    const { api, written } = recorder();
    start(database, api, 40, { startDelayMs: 300 });
    await settle(150);
    expect(api.writeAutoBackup).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(written).toHaveLength(1));
  });

  it('never backs up an empty database', async () => {
    const database = freshDb();
    const { api } = recorder();
    start(database, api, 10);
    await settle(60);
    expect(api.writeAutoBackup).not.toHaveBeenCalled();
  });

  it('writes one backup after a burst of changes, once the delay has passed', async () => {
    const database = freshDb();
    await saveHousehold({ startDate: '2026-11-21' }, database);
    const { api, written } = recorder();
    start(database, api, 300);
    await vi.waitFor(() => expect(written).toHaveLength(1));
    for (const name of ['工资', '奖金', '兼职']) {
      await saveBudgetItem('incomes', { name, amount: '100.00', frequency: 'monthly' }, database);
    }
    await settle(30);
    expect(written).toHaveLength(1);
    await vi.waitFor(() => expect(written).toHaveLength(2));
    await settle(400);
    expect(written).toHaveLength(2);
    const check = await checkBackup(written[1] ?? '');
    expect(check.ok && check.summary.counts.incomes).toBe(3);
  });

  it('does not write the same data twice', async () => {
    const database = freshDb();
    await saveHousehold({ startDate: '2026-11-21' }, database);
    const { api, written } = recorder();
    start(database, api, 20);
    await vi.waitFor(() => expect(written).toHaveLength(1));
    await saveHousehold({ startDate: '2026-11-21' }, database);
    await settle(100);
    expect(written).toHaveLength(1);
  });

  it('stops for good when the shell keeps no backups (browser mode)', async () => {
    const database = freshDb();
    await saveHousehold({ startDate: '2026-11-21' }, database);
    const { api } = recorder({ written: false, reason: 'unsupported' });
    start(database, api, 10);
    await vi.waitFor(() => expect(api.writeAutoBackup).toHaveBeenCalledTimes(1));
    await saveHousehold({ startDate: '2026-11-22' }, database);
    await settle(80);
    expect(api.writeAutoBackup).toHaveBeenCalledTimes(1);
  });

  it('ignores changes to other databases and stops on request', async () => {
    const database = freshDb();
    const other = freshDb();
    await saveHousehold({ startDate: '2026-11-21' }, database);
    const { api, written } = recorder();
    const stop = start(database, api, 10);
    await vi.waitFor(() => expect(written).toHaveLength(1));
    await saveHousehold({ startDate: '2026-11-22' }, other);
    await settle(60);
    expect(written).toHaveLength(1);
    stop();
    await saveHousehold({ startDate: '2026-11-23' }, database);
    await settle(60);
    expect(written).toHaveLength(1);
  });

  it('writes the pending backup at once when the window goes away', async () => {
    const database = freshDb();
    await saveHousehold({ startDate: '2026-11-21' }, database);
    const { api, written } = recorder();
    const page = new EventTarget();
    start(database, api, 60_000, { page });
    await vi.waitFor(() => expect(written).toHaveLength(1));
    await saveBudgetItem(
      'incomes',
      { name: '工资', amount: '100.00', frequency: 'monthly' },
      database,
    );
    page.dispatchEvent(new Event('pagehide'));
    await vi.waitFor(() => expect(written).toHaveLength(2));
    const check = await checkBackup(written[1] ?? '');
    expect(check.ok && check.summary.counts.incomes).toBe(1);
    // Nothing pending: going away again writes nothing more.
    page.dispatchEvent(new Event('pagehide'));
    await settle(50);
    expect(written).toHaveLength(2);
  });

  it('reports a backup the shell could not take, and tries again with the next change', async () => {
    const database = freshDb();
    await saveHousehold({ startDate: '2026-11-21' }, database);
    const failures: string[] = [];
    const api = {
      writeAutoBackup: vi
        .fn<(request: { content: string }) => Promise<WriteAutoBackupResult>>()
        .mockRejectedValueOnce(new Error('IPC channel closed'))
        .mockResolvedValue({ written: true, name: 'n', pruned: 0 }),
    };
    start(database, api, 10, { onFailure: (reason) => failures.push(reason) });
    await vi.waitFor(() => expect(failures).toEqual(['Error: IPC channel closed']));
    await saveHousehold({ startDate: '2026-11-22' }, database);
    await vi.waitFor(() => expect(api.writeAutoBackup).toHaveBeenCalledTimes(2));
  });
});

describe('what the automatic backup ignores', () => {
  it('typing into a form (drafts) does not postpone the backup of a saved change', async () => {
    const database = freshDb();
    await saveHousehold({ startDate: '2026-11-21' }, database);
    const { api, written } = recorder();
    start(database, api, 100);
    await vi.waitFor(() => expect(written).toHaveLength(1));
    await saveBudgetItem(
      'incomes',
      { name: '工资', amount: '100.00', frequency: 'monthly' },
      database,
    );
    // Keystrokes every 20 ms for 400 ms, each kept as a draft.
    for (let i = 0; i < 20; i++) {
      await database.drafts.put({ key: 'debt', value: { name: `花${i}` }, savedAt: 'now' });
      await settle(20);
    }
    expect(written).toHaveLength(2);
  });
});
