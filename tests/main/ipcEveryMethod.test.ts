import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { type Handlers, IpcRejection, registerIpcHandlers } from '../../src/main/ipc';
import { inputSchemas } from '../../src/main/ipcSchemas';
import { type ApiMethod, apiMethods, channelOf } from '../../src/shared/contract';

vi.mock('electron', () => ({}));

type Invoke = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const backupEnvelope = JSON.stringify({
  format: 'ashore-backup',
  version: 1,
  createdAt: '2026-11-21T08:00:00.000Z',
  appVersion: '0.1.0',
  checksum: '0'.repeat(64),
  tables: {},
});

/**
 * For every method of the contract: one argument it accepts and arguments it must refuse.
 * Typed by the contract, so a new method without a row here does not compile.
 */
const cases: Record<ApiMethod, { valid: unknown[]; malformed: unknown[] }> = {
  getAppInfo: { valid: [], malformed: [{}, 'x', null] },
  getPreferredLanguages: { valid: [], malformed: [['en'], 0] },
  saveFile: {
    valid: [
      { kind: 'backup', suggestedName: 'a.json', content: '{}' },
      { kind: 'text', suggestedName: '信用卡-情况说明.txt', content: '致信用卡' },
      { kind: 'csv', suggestedName: 'schedule.csv', content: '\uFEFFmonth\r\n1' },
    ],
    malformed: [
      undefined,
      { kind: 'backup', suggestedName: '/etc/a.json', content: '{}' },
      { kind: 'backup', suggestedName: 'a.json', content: 'x'.repeat(20 * 1024 * 1024 + 1) },
    ],
  },
  openFile: { valid: [{ kind: 'scenario' }], malformed: [undefined, { kind: 'exe' }] },
  exportPdf: {
    valid: [
      { suggestedName: 'p.pdf', language: 'en', madeOn: '2026-11-21' },
      {
        suggestedName: 'p.pdf',
        language: 'zh-CN',
        madeOn: '2026-11-21',
        lender: { debtId: 'card', privacy: 'totals', others: true, payments: true },
      },
    ],
    malformed: [
      { suggestedName: 'p.pdf', language: 'fr', madeOn: '2026-11-21' },
      {
        suggestedName: 'p.pdf',
        language: 'en',
        madeOn: '2026-11-21',
        lender: { debtId: 'card', privacy: 'everything', others: false, payments: false },
      },
      {
        suggestedName: 'p.pdf',
        language: 'en',
        madeOn: '2026-11-21',
        lender: { debtId: '', privacy: 'full', others: false, payments: false },
      },
      {
        suggestedName: 'p.pdf',
        language: 'en',
        madeOn: '2026-11-21',
        lender: { debtId: 'card', privacy: 'full', others: false, payments: 'yes' },
      },
    ],
  },
  notify: {
    valid: [{ title: 'Ashore', body: 'hi' }],
    malformed: [
      { title: '', body: 'hi' },
      { title: 'x', body: 1 },
    ],
  },
  setMenuLanguage: { valid: ['zh-CN'], malformed: [undefined, 'fr', { language: 'en' }] },
  writeAutoBackup: {
    valid: [{ content: backupEnvelope }],
    malformed: [
      undefined,
      { content: '{"format":"ashore-backup"}' },
      { content: 'not json' },
      { content: backupEnvelope, name: '../x.json' },
      { content: `${backupEnvelope}${' '.repeat(20 * 1024 * 1024)}` },
    ],
  },
  listAutoBackups: { valid: [], malformed: [{ folder: '/' }] },
  readAutoBackup: {
    valid: [{ name: 'ashore-backup-20261121-083000.json' }],
    malformed: [
      { name: '../../.ssh/id_rsa' },
      { name: 'ashore-backup-20261121-083000.json/../../x' },
      { name: '/etc/passwd' },
      {},
    ],
  },
};

function setUp(trusted: boolean) {
  const channels = new Map<string, Invoke>();
  const handlers = Object.fromEntries(
    apiMethods.map((method) => [method, vi.fn(() => 'handled')]),
  ) as unknown as Handlers;
  registerIpcHandlers(
    { handle: (channel: string, fn: Invoke) => void channels.set(channel, fn) },
    handlers,
    inputSchemas,
    () => trusted,
  );
  const invoke = (method: ApiMethod, args: unknown[]) => {
    const fn = channels.get(channelOf(method));
    if (!fn) throw new Error(`no handler for ${method}`);
    return fn({} as IpcMainInvokeEvent, ...args);
  };
  return { handlers, invoke };
}

const argsOf = (value: unknown) => (value === undefined ? [] : [value]);

describe.each(apiMethods.map((method) => [method] as const))('IPC method %s', (method) => {
  it('runs its handler for a trusted sender with a valid argument', async () => {
    for (const valid of cases[method].valid.length ? cases[method].valid : [undefined]) {
      const { invoke, handlers } = setUp(true);
      await expect(invoke(method, argsOf(valid))).resolves.toBe('handled');
      expect(handlers[method]).toHaveBeenCalledTimes(1);
    }
  });

  it('drops a valid message from an unknown sender without running the handler', async () => {
    const { invoke, handlers } = setUp(false);
    const valid = cases[method].valid[0];
    await expect(invoke(method, argsOf(valid))).rejects.toThrow(IpcRejection);
    await expect(invoke(method, argsOf(valid))).rejects.toThrow(/unknown sender/);
    expect(handlers[method]).not.toHaveBeenCalled();
  });

  it('refuses malformed arguments and extra arguments', async () => {
    const { invoke, handlers } = setUp(true);
    expect(cases[method].malformed.length).toBeGreaterThan(0);
    for (const malformed of cases[method].malformed) {
      await expect(
        invoke(method, [malformed]),
        JSON.stringify(malformed)?.slice(0, 80),
      ).rejects.toThrow(/invalid argument/);
    }
    await expect(invoke(method, [cases[method].valid[0], 'extra'])).rejects.toThrow(
      /at most one argument/,
    );
    expect(handlers[method]).not.toHaveBeenCalled();
  });
});
