import { readFile, realpath } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Session } from 'electron';
import { contentSecurityPolicy, headerOnlyDirectives } from '../shared/csp';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/** Must run before `app.ready`: a standard, secure scheme gets a real origin for IndexedDB. */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/**
 * Maps an app:// request to a file inside the renderer folder, or null when the request names
 * another host or climbs out of the folder (`..`, encoded or not).
 */
export function resolveAppFile(rendererRoot: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = resolve(rendererRoot);
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = resolve(root, relative);
  return isInside(root, file) ? file : null;
}

export function contentTypeOf(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers on every app:// response, a 404 included: the CSP and no MIME sniffing. */
const securityHeaders = {
  'content-security-policy': `${contentSecurityPolicy}; ${headerOnlyDirectives}`,
  'x-content-type-options': 'nosniff',
};

const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' },
  });

/** Whether `file` is `root` or lies inside it (both absolute, normalised paths). */
function isInside(root: string, file: string): boolean {
  return file === root || file.startsWith(root + sep);
}

/**
 * Serves the built renderer on app://ashore/. A path that only names a file inside the folder
 * is not enough: a symbolic link inside it could point anywhere on the disk, so the file's real
 * path must be inside the folder's real path too.
 */
export function serveRendererOn(session: Session, rendererRoot: string): void {
  let realRoot: Promise<string> | undefined;
  session.protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererRoot, request.url);
    if (!file) return notFound();
    try {
      realRoot ??= realpath(rendererRoot);
      const real = await realpath(file);
      if (!isInside(await realRoot, real)) return notFound();
      const body = await readFile(real);
      return new Response(body, {
        headers: { ...securityHeaders, 'content-type': contentTypeOf(file) },
      });
    } catch {
      return notFound();
    }
  });
}
