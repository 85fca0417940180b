import { type IpcRendererEvent, contextBridge, ipcRenderer } from 'electron';
import {
  type AshoreApi,
  type MenuCommand,
  apiMethods,
  bridgeKey,
  channelOf,
  isMenuCommand,
  menuCommandChannel,
  menuReadyChannel,
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
 * Menu commands from main, on one channel. The page's listeners get only a known command
 * string: never the IpcRendererEvent, whose `sender` would hand the page an ipcRenderer.
 * The preload listens from before the page's first script: a command that arrives while the
 * page has no listener yet (React not mounted) waits here for the first one.
 */
const menuListeners = new Set<(command: MenuCommand) => void>();
const commandsWaiting: MenuCommand[] = [];

ipcRenderer.on(menuCommandChannel, (_event: IpcRendererEvent, command: unknown) => {
  if (!isMenuCommand(command)) return;
  if (menuListeners.size === 0) commandsWaiting.push(command);
  for (const listener of menuListeners) listener(command);
});
// Main keeps the commands chosen while no page listened, and sends them now.
ipcRenderer.send(menuReadyChannel);

function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  menuListeners.add(listener);
  for (const command of commandsWaiting.splice(0)) listener(command);
  return () => {
    menuListeners.delete(listener);
  };
}

const api = { ...invokers, onMenuCommand } as unknown as AshoreApi;

contextBridge.exposeInMainWorld(bridgeKey, api);
