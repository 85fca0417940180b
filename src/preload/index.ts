import { type IpcRendererEvent, contextBridge, ipcRenderer } from 'electron';
import {
  type AshoreApi,
  type MenuCommand,
  apiMethods,
  bridgeKey,
  channelOf,
  isMenuCommand,
  menuCommandChannel,
} from '../shared/contract';

// The renderer's only door to the desktop: one function per contract method, each a single
// ipcRenderer.invoke on its channel. No Electron object crosses the bridge.
const invokers = Object.fromEntries(
  apiMethods.map((method) => [
    method,
    (input?: unknown) =>
      input === undefined
        ? ipcRenderer.invoke(channelOf(method))
        : ipcRenderer.invoke(channelOf(method), input),
  ]),
);

/**
 * Menu commands from main, on one channel. The listener gets only a known command string:
 * never the IpcRendererEvent, whose `sender` would hand the page an ipcRenderer.
 */
function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  const relay = (_event: IpcRendererEvent, command: unknown) => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(menuCommandChannel, relay);
  return () => {
    ipcRenderer.removeListener(menuCommandChannel, relay);
  };
}

const api = { ...invokers, onMenuCommand } as unknown as AshoreApi;

contextBridge.exposeInMainWorld(bridgeKey, api);
