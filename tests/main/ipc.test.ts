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
});

describe('createHandlers', () => {
  it('reports the desktop shell and the system languages', async () => {
    const handlers = createHandlers({
      getName: () => 'Ashore',
      getVersion: () => '0.1.0',
      getPreferredSystemLanguages: () => ['zh-Hans-CN', 'en-US'],
    });
    expect(await handlers.getAppInfo(undefined)).toMatchObject({
      name: 'Ashore',
      version: '0.1.0',
      shell: 'desktop',
    });
    expect(await handlers.getPreferredLanguages(undefined)).toEqual(['zh-Hans-CN', 'en-US']);
  });
});
