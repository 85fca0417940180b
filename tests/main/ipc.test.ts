import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../src/main/handlers';
import { type Handlers, IpcRejection, registerIpcHandlers } from '../../src/main/ipc';
import { inputSchemas } from '../../src/main/ipcSchemas';
import { apiMethods, channelOf } from '../../src/shared/contract';

vi.mock('electron', () => ({}));

type Invoke = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function registered(trusted: boolean) {
  const channels = new Map<string, Invoke>();
  const ipcMain = {
    handle: vi.fn((channel: string, fn: Invoke) => void channels.set(channel, fn)),
  };
  const handlers: Handlers = {
    getAppInfo: vi.fn(() => ({
      name: 'Ashore',
      version: '1.0.0',
      shell: 'desktop' as const,
      platform: 'linux',
    })),
    getPreferredLanguages: vi.fn(() => ['zh-CN']),
    saveFile: vi.fn(() => ({ saved: false as const })),
    openFile: vi.fn(() => ({ opened: false as const, reason: 'canceled' as const })),
    exportPdf: vi.fn(() => ({ saved: false as const, reason: 'canceled' as const })),
    notify: vi.fn(() => true),
    setMenuLanguage: vi.fn(() => undefined),
    writeAutoBackup: vi.fn(() => ({ written: false as const, reason: 'unsupported' as const })),
    listAutoBackups: vi.fn(() => []),
    readAutoBackup: vi.fn(() => ({ opened: false as const, reason: 'unreadable' as const })),
  };
  registerIpcHandlers(ipcMain, handlers, inputSchemas, () => trusted);
  const invoke = (method: string, ...args: unknown[]) => {
    const fn = channels.get(channelOf(method as never));
    if (!fn) throw new Error(`no handler for ${method}`);
    return fn({} as IpcMainInvokeEvent, ...args);
  };
  return { channels, handlers, invoke };
}

describe('registerIpcHandlers', () => {
  it('registers one channel per contract method, each with a schema', () => {
    const { channels } = registered(true);
    expect([...channels.keys()].sort()).toEqual(apiMethods.map(channelOf).sort());
    for (const method of apiMethods) expect(inputSchemas[method]).toBeDefined();
  });

  it('answers a trusted sender with the handler’s result', async () => {
    const { invoke } = registered(true);
    await expect(invoke('getPreferredLanguages')).resolves.toEqual(['zh-CN']);
  });

  it('drops messages from unknown senders without running the handler', async () => {
    const { invoke, handlers } = registered(false);
    await expect(invoke('getAppInfo')).rejects.toThrow(IpcRejection);
    await expect(invoke('getAppInfo')).rejects.toThrow(/unknown sender/);
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it('rejects arguments the schema does not admit', async () => {
    const { invoke, handlers } = registered(true);
    await expect(invoke('getAppInfo', { sneaky: true })).rejects.toThrow(/invalid argument/);
    await expect(invoke('getAppInfo', 1, 2)).rejects.toThrow(/at most one argument/);
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it.each([
    [{ kind: 'backup', suggestedName: '../../.bashrc', content: 'x' }, /without folders/],
    [{ kind: 'backup', suggestedName: 'C:\\evil.json', content: 'x' }, /without folders/],
    [{ kind: 'photos', suggestedName: 'a.json', content: 'x' }, /kind/],
    [{ kind: 'backup', suggestedName: 'a.json', content: 42 }, /content/],
    [{ kind: 'backup', suggestedName: 'a.json', content: 'x', path: '/etc' }, /path/],
    [null, /invalid argument/],
  ])('refuses a hostile saveFile request %#', async (request, reason) => {
    const { invoke, handlers } = registered(true);
    await expect(invoke('saveFile', request)).rejects.toThrow(reason);
    expect(handlers.saveFile).not.toHaveBeenCalled();
  });

  it('passes a well-formed saveFile request through', async () => {
    const { invoke, handlers } = registered(true);
    const request = { kind: 'scenario', suggestedName: '上岸情景-2026-11-21.json', content: '{}' };
    await invoke('saveFile', request);
    expect(handlers.saveFile).toHaveBeenCalledWith(request);
  });
});

describe('createHandlers', () => {
  it('reports the desktop shell and the system languages', async () => {
    const handlers = createHandlers({
      app: {
        getName: () => 'Ashore',
        getVersion: () => '0.1.0',
        getPreferredSystemLanguages: () => ['zh-Hans-CN', 'en-US'],
      },
      dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
      getWindow: () => undefined,
      autoBackupFolder: '/nonexistent/backups',
      setMenuLanguage: vi.fn(),
      openPrintWindow: vi.fn(),
      showNotification: vi.fn(() => true),
      printUrl: (hash) => `app://ashore/index.html${hash}`,
    });
    expect(await handlers.getAppInfo(undefined)).toMatchObject({
      name: 'Ashore',
      version: '0.1.0',
      shell: 'desktop',
    });
    expect(await handlers.getPreferredLanguages(undefined)).toEqual(['zh-Hans-CN', 'en-US']);
  });
});

describe('setMenuLanguage', () => {
  it.each([['zh-CN'], ['en']])('passes %s to the handler', async (language) => {
    const { invoke, handlers } = registered(true);
    await invoke('setMenuLanguage', language);
    expect(handlers.setMenuLanguage).toHaveBeenCalledWith(language);
  });

  it.each([['fr'], [undefined], [{ language: 'en' }], ['zh-CN\u0000']])(
    'refuses %j without rebuilding the menu',
    async (language) => {
      const { invoke, handlers } = registered(true);
      await expect(invoke('setMenuLanguage', language)).rejects.toThrow(/invalid argument/);
      expect(handlers.setMenuLanguage).not.toHaveBeenCalled();
    },
  );

  it('rebuilds the menu through the dependency main gives it', async () => {
    const setMenuLanguage = vi.fn();
    const handlers = createHandlers({
      app: {
        getName: () => 'Ashore',
        getVersion: () => '0.1.0',
        getPreferredSystemLanguages: () => [],
      },
      dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
      getWindow: () => undefined,
      autoBackupFolder: '/nonexistent/backups',
      setMenuLanguage,
      openPrintWindow: vi.fn(),
      showNotification: vi.fn(() => true),
      printUrl: (hash) => `app://ashore/index.html${hash}`,
    });
    await handlers.setMenuLanguage('en');
    expect(setMenuLanguage).toHaveBeenCalledWith('en');
  });
});
