import { vi } from 'vitest';

/** A stand-in for an Electron event: records whether the app prevented the default. */
export function fakeEvent() {
  return {
    defaultPrevented: false,
    preventDefault: vi.fn(function (this: { defaultPrevented: boolean }) {
      this.defaultPrevented = true;
    }),
  };
}

type Listener = (...args: unknown[]) => void;

/** A WebContents with just what the hardening code touches. */
export function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let windowOpenHandler: ((details: { url: string }) => unknown) | undefined;
  return {
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
    }),
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => unknown) => {
      windowOpenHandler = handler;
    }),
    setWebRTCIPHandlingPolicy: vi.fn(),
    emit(name: string, ...args: unknown[]) {
      for (const listener of listeners.get(name) ?? []) listener(...args);
    },
    openWindow(url: string) {
      return windowOpenHandler?.({ url });
    },
    listenerCount(name: string) {
      return listeners.get(name)?.length ?? 0;
    },
  };
}

/** A Session with the handlers the hardening code installs, captured for the test to call. */
export function fakeSession() {
  const captured: {
    permissionRequest?: (
      contents: unknown,
      permission: string,
      callback: (ok: boolean) => void,
      details: { requestingUrl: string },
    ) => void;
    permissionCheck?: (...args: unknown[]) => boolean;
    devicePermission?: (...args: unknown[]) => boolean;
    beforeRequest?: (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void;
    protocolHandler?: (request: Request) => Promise<Response>;
  } = {};
  return {
    captured,
    setPermissionRequestHandler: vi.fn((handler) => (captured.permissionRequest = handler)),
    setPermissionCheckHandler: vi.fn((handler) => (captured.permissionCheck = handler)),
    setDevicePermissionHandler: vi.fn((handler) => (captured.devicePermission = handler)),
    webRequest: {
      onBeforeRequest: vi.fn((handler) => (captured.beforeRequest = handler)),
    },
    protocol: {
      handle: vi.fn((_scheme: string, handler) => (captured.protocolHandler = handler)),
    },
  };
}
