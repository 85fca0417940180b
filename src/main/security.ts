import type { Session, WebContents, WebPreferences } from 'electron';
import { type TrustedOrigin, isAppUrl } from './appOrigin';

/**
 * The renderer runs web content only: no Node, isolated from the preload, sandboxed. Every
 * option is spelled out even where it is Electron's default, so a future default change or a
 * careless edit shows up in the security tests.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/** Schemes a request may use besides the app's own origin; none of them reaches a network. */
const localSchemes = new Set(['devtools:', 'data:', 'blob:', 'chrome-extension:']);

/** Whether a request stays on this machine and inside the app. */
export function isAllowedRequest(url: string, trusted: TrustedOrigin): boolean {
  if (isAppUrl(url, trusted)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // The development server's hot-reload socket (only ever trusted in `electron-vite dev`).
  if (trusted.protocol === 'http:' && parsed.protocol === 'ws:' && parsed.host === trusted.host) {
    return true;
  }
  return localSchemes.has(parsed.protocol);
}

/**
 * The one permission granted, and only to the app's own pages: writing plain text to the
 * clipboard (the hardship statement, for a lender's in-app chat). Reading it never is.
 */
const clipboardWrite = 'clipboard-sanitized-write';

/**
 * Session-wide rules: every other permission (camera, notifications via the web API,
 * geolocation, reading the clipboard…) is refused, and any request that would leave the app's
 * origin is cancelled — Ashore is offline and the user's numbers stay on the machine.
 */
export function hardenSession(session: Session, trusted: TrustedOrigin): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permission === clipboardWrite && isAppUrl(details.requestingUrl, trusted)),
  );
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      permission === clipboardWrite && isAppUrl(requestingOrigin, trusted),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, trusted) });
  });
}

/**
 * Rules for every web contents the app creates: it never navigates away from the page it
 * loaded, never opens windows, never attaches a <webview>, and WebRTC never sends UDP itself.
 */
export function hardenWebContents(contents: WebContents): void {
  // loadURL() is not a navigation event, so the app's own page still loads; links, form posts
  // and location changes, in the top frame or any subframe, are all refused.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  // WebRTC could still gather ICE candidates over UDP and reveal the machine's local and
  // public addresses without any request the session's filter sees; only proxied UDP is left,
  // and Ashore sets no proxy.
  contents.setWebRTCIPHandlingPolicy('disable_non_proxied_udp');
}
