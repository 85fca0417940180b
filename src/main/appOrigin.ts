/**
 * Where the renderer comes from. In production it is always `app://ashore/`: IndexedDB is keyed
 * by origin, so this scheme and host must never change once users have data under them.
 * During `electron-vite dev` it is the dev server electron-vite names in ELECTRON_RENDERER_URL.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ashore';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export interface TrustedOrigin {
  /** Protocol with its colon, as URL.protocol gives it: 'app:' or 'http:'. */
  protocol: string;
  /** Host with port, as URL.host gives it. */
  host: string;
}

export const productionOrigin: TrustedOrigin = { protocol: `${APP_SCHEME}:`, host: APP_HOST };

/** The origin the app loads from: the dev server in development, app://ashore otherwise. */
export function trustedOriginFor(devServerUrl: string | undefined): TrustedOrigin {
  if (!devServerUrl) return productionOrigin;
  const url = new URL(devServerUrl);
  return { protocol: url.protocol, host: url.host };
}

/**
 * Whether a URL belongs to the app's own origin. Compares protocol and host rather than
 * URL.origin, which is 'null' for custom schemes in Node.
 */
export function isAppUrl(candidate: string | undefined | null, trusted: TrustedOrigin): boolean {
  if (!candidate) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return url.protocol === trusted.protocol && url.host === trusted.host;
}
