import { contextBridge, ipcRenderer } from 'electron';
import { type AshoreApi, apiMethods, bridgeKey, channelOf } from '../shared/contract';

// The renderer's only door to the desktop: one function per contract method, each a single
// ipcRenderer.invoke on its channel. No Electron object crosses the bridge.
const api = Object.fromEntries(
  apiMethods.map((method) => [
    method,
    (input?: unknown) =>
      input === undefined
        ? ipcRenderer.invoke(channelOf(method))
        : ipcRenderer.invoke(channelOf(method), input),
  ]),
) as unknown as AshoreApi;

contextBridge.exposeInMainWorld(bridgeKey, api);
