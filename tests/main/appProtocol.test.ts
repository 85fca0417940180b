import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appSchemePrivileges, resolveAppFile, serveRendererOn } from '../../src/main/appProtocol';
import { contentSecurityPolicy } from '../../src/shared/csp';
import { fakeSession } from './electronMock';

vi.mock('electron', () => ({}));

const root = '/opt/ashore/renderer';

describe('resolveAppFile', () => {
  it('maps app://ashore paths into the renderer folder', () => {
    expect(resolveAppFile(root, 'app://ashore/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://ashore/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://ashore/assets/a.js?v=1')).toBe(join(root, 'assets/a.js'));
  });

  it('refuses other hosts, schemes and any way out of the folder', () => {
    expect(resolveAppFile(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(root, 'app://ashore/..%2f..%2fetc/passwd')).toBeNull();
    // The URL parser folds encoded dot segments at the root: the result stays inside.
    expect(resolveAppFile(root, 'app://ashore/%2e%2e/%2e%2e/etc/passwd')).toBe(
      join(root, 'etc/passwd'),
    );
    expect(resolveAppFile(root, 'app://ashore/a%00.js')).toBeNull();
    expect(resolveAppFile(root, 'app://ashore/%E0%A4%A')).toBeNull();
    expect(resolveAppFile(root, 'not a url')).toBeNull();
  });
});

describe('the app:// scheme', () => {
  it('is registered as standard and secure, so IndexedDB gets a stable origin', () => {
    expect(appSchemePrivileges).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true },
    });
  });

  it('serves renderer files with the CSP header and 404s everything else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ashore-renderer-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'app.js'), 'export {}');
    const session = fakeSession();
    serveRendererOn(session as unknown as Session, dir);
    const handler = session.captured.protocolHandler;
    if (!handler) throw new Error('no protocol handler registered');

    const page = await handler(new Request('app://ashore/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain(contentSecurityPolicy);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await page.text()).toContain('<title>t</title>');

    const script = await handler(new Request('app://ashore/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    expect((await handler(new Request('app://ashore/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://ashore/..%2f..%2fetc/passwd'))).status).toBe(404);
  });
});

describe('app:// and symbolic links', () => {
  function serving({ linkedRoot }: { linkedRoot: boolean }) {
    const outside = mkdtempSync(join(tmpdir(), 'ashore-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'the user’s private file');
    const parent = mkdtempSync(join(tmpdir(), 'ashore-renderer-'));
    const dir = join(parent, 'renderer');
    mkdirSync(dir);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    const session = fakeSession();
    // The renderer folder itself reached through a link, as an installer may lay it out.
    if (linkedRoot) symlinkSync(dir, join(parent, 'current'));
    serveRendererOn(session as unknown as Session, linkedRoot ? join(parent, 'current') : dir);
    const handler = session.captured.protocolHandler;
    if (!handler) throw new Error('no protocol handler registered');
    return { dir, outside, handler };
  }

  it.skipIf(process.platform === 'win32')(
    'refuses a link inside the renderer folder that points outside it',
    async () => {
      const { dir, outside, handler } = serving({ linkedRoot: true });
      symlinkSync(join(outside, 'secret.txt'), join(dir, 'leak.txt'));
      symlinkSync(outside, join(dir, 'assets'));
      for (const url of ['app://ashore/leak.txt', 'app://ashore/assets/secret.txt']) {
        const response = await handler(new Request(url));
        expect(response.status).toBe(404);
        expect(await response.text()).not.toContain('private');
      }
      // Links that stay inside still serve, through a linked renderer folder too.
      symlinkSync(join(dir, 'index.html'), join(dir, 'home.html'));
      expect((await handler(new Request('app://ashore/home.html'))).status).toBe(200);
      expect((await handler(new Request('app://ashore/'))).status).toBe(200);
    },
  );

  it('sends the CSP and nosniff on a 404 too', async () => {
    const { handler } = serving({ linkedRoot: false });
    for (const url of ['app://ashore/missing.js', 'app://ashore/..%2f..%2fetc/passwd']) {
      const response = await handler(new Request(url));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toContain(contentSecurityPolicy);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});

describe('the content security policy', () => {
  it('names no origin but the app’s own and allows no inline or eval script', () => {
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*|unsafe-eval|unsafe-inline/);
    expect(contentSecurityPolicy).toContain("default-src 'none'");
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).toContain("connect-src 'self'");
    expect(contentSecurityPolicy).toContain("object-src 'none'");
  });
});
