import { describe, expect, it, vi } from 'vitest';
import {
  type AshoreApi,
  apiMethods,
  bridgeKey,
  channelOf,
  menuCommandChannel,
  menuReadyChannel,
} from '../../src/shared/contract';

type Relay = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<Relay>>();
  return {
    exposed,
    listeners,
    contextBridge: {
      exposeInMainWorld: vi.fn((key: string, api: unknown) => exposed.set(key, api)),
    },
    ipcRenderer: {
      invoke: vi.fn(async () => 'answer'),
      send: vi.fn(),
      on: vi.fn((channel: string, listener: Relay) => {
        listeners.set(channel, new Set([...(listeners.get(channel) ?? []), listener]));
      }),
      removeListener: vi.fn((channel: string, listener: Relay) => {
        listeners.get(channel)?.delete(listener);
      }),
    },
    /** What main's webContents.send would deliver, with the event the renderer must not see. */
    send(channel: string, ...args: unknown[]) {
      const event = { sender: 'the ipcRenderer itself' };
      for (const listener of listeners.get(channel) ?? []) listener(event, ...args);
    },
  };
});
vi.mock('electron', () => electron);

await import('../../src/preload/index');
const api = electron.exposed.get(bridgeKey) as AshoreApi;

describe('the preload bridge', () => {
  it('exposes each contract method and the menu subscription, nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([...apiMethods, 'onMenuCommand'].sort());
  });

  it('maps setMenuLanguage to one invoke on its channel', async () => {
    await api.setMenuLanguage('en');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(channelOf('setMenuLanguage'), 'en');
  });

  it('holds a menu command that arrives before the page listens, then tells main it listens', () => {
    // Loading the preload said so already, before any page script ran.
    expect(electron.ipcRenderer.send).toHaveBeenCalledWith(menuReadyChannel);
    electron.send(menuCommandChannel, 'importScenario');
    electron.send(menuCommandChannel, 'exportPdf');
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    expect(listener.mock.calls).toEqual([['importScenario'], ['exportPdf']]);
    unsubscribe();
    // Delivered once: a later listener (React StrictMode subscribes twice) does not repeat it.
    const again = vi.fn();
    api.onMenuCommand(again);
    expect(again).not.toHaveBeenCalled();
  });

  it('passes menu commands to the listener as bare strings, without the event', () => {
    const listener = vi.fn();
    api.onMenuCommand(listener);
    electron.send(menuCommandChannel, 'exportPdf');
    expect(listener).toHaveBeenCalledExactlyOnceWith('exportPdf');
  });

  it('drops anything on the channel that is not a menu command', () => {
    const listener = vi.fn();
    api.onMenuCommand(listener);
    electron.send(menuCommandChannel, 'deleteEverything');
    electron.send(menuCommandChannel, { command: 'about' });
    electron.send(menuCommandChannel);
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops calling the listener once unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = api.onMenuCommand(listener);
    unsubscribe();
    electron.send(menuCommandChannel, 'about');
    expect(listener).not.toHaveBeenCalled();
  });
});
