import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { productionOrigin, trustedOriginFor } from '../../src/main/appOrigin';
import {
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  secureWebPreferences,
} from '../../src/main/security';
import { fakeEvent, fakeSession, fakeWebContents } from './electronMock';

vi.mock('electron', () => ({}));

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });
});

describe('hardenSession', () => {
  function hardened() {
    const session = fakeSession();
    hardenSession(session as unknown as Session, productionOrigin);
    return session.captured;
  }

  it('denies every permission request and check but the app writing text to the clipboard', () => {
    const captured = hardened();
    const request = (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      captured.permissionRequest?.({}, permission, callback, { requestingUrl });
      return callback.mock.calls[0]?.[0] as boolean;
    };
    const app = 'app://ashore/index.html';
    for (const permission of ['notifications', 'media', 'geolocation', 'clipboard-read']) {
      expect(request(permission, app)).toBe(false);
      expect(captured.permissionCheck?.({}, permission, 'app://ashore')).toBe(false);
    }
    expect(request('clipboard-sanitized-write', app)).toBe(true);
    expect(captured.permissionCheck?.({}, 'clipboard-sanitized-write', 'app://ashore')).toBe(true);
    expect(request('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(captured.permissionCheck?.({}, 'clipboard-sanitized-write', 'https://example.com')).toBe(
      false,
    );
    expect(captured.devicePermission?.()).toBe(false);
  });

  it('cancels every request that would leave the app origin', () => {
    const captured = hardened();
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      captured.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('app://ashore/index.html')).toBe(false);
    expect(decide('app://ashore/assets/index.js')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    expect(decide('https://example.com/')).toBe(true);
    expect(decide('http://127.0.0.1:5173/')).toBe(true);
    expect(decide('app://other/index.html')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('ws://localhost:5173/')).toBe(true);
  });
});

describe('isAllowedRequest in development', () => {
  it('trusts only the dev server, including its hot-reload socket', () => {
    const dev = trustedOriginFor('http://localhost:5173/');
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRequest('app://ashore/index.html', dev)).toBe(false);
    expect(isAllowedRequest('not a url', dev)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  function hardened() {
    const contents = fakeWebContents();
    hardenWebContents(contents as unknown as WebContents);
    return contents;
  }

  it('keeps WebRTC from sending UDP outside a proxy (no local or public address leaks)', () => {
    expect(hardened().setWebRTCIPHandlingPolicy).toHaveBeenCalledWith('disable_non_proxied_udp');
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])(
    'prevents %s',
    (name) => {
      const contents = hardened();
      expect(contents.listenerCount(name)).toBeGreaterThan(0);
      const event = fakeEvent();
      contents.emit(name, event, 'https://example.com/');
      expect(event.defaultPrevented).toBe(true);
    },
  );

  it('denies window.open for every URL, the app’s own included', () => {
    const contents = hardened();
    expect(contents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('app://ashore/index.html')).toEqual({ action: 'deny' });
  });
});
