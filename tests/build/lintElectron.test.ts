import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { appFolders, electronegativityFindings } from '../../config/electronegativity';

const root = process.cwd();

it('fails lint:electron on a new insecure window, and on a new window without its own exception', () => {
  const added = mkdtempSync(join(tmpdir(), 'ashore-new-window-'));
  writeFileSync(
    join(added, 'insecure.ts'),
    [
      "import { BrowserWindow } from 'electron';",
      'export const open = () =>',
      '  new BrowserWindow({ webPreferences: { nodeIntegration: true } });',
      '',
    ].join('\n'),
  );
  // Secure preferences, but built apart like the app's windows and not annotated: the
  // exceptions of src/main/window.ts must not cover another call site.
  writeFileSync(
    join(added, 'unannotated.ts'),
    [
      "import { BrowserWindow } from 'electron';",
      "import { secureWebPreferences } from '../main/security';",
      "export const open = () => new BrowserWindow({ webPreferences: secureWebPreferences('p') });",
      '',
    ].join('\n'),
  );
  const findings = electronegativityFindings(root, [
    ...appFolders(root),
    { path: added, as: 'added' },
  ]);
  // The report names files relative to the scan, with the platform's separator.
  const fileOf = (line: string) => (line.split(',')[3] ?? '').replaceAll('\\', '/');
  const where = (file: string) =>
    findings.filter((line) => fileOf(line) === `"${file}"`).map((line) => line.split(',')[0]);
  // The tool rates nodeIntegration itself "informational"; the window still fails on the
  // isolation and sandbox it does not turn on.
  expect(where('added/insecure.ts')).toEqual(
    expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']),
  );
  expect(where('added/unannotated.ts')).toEqual(
    expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']),
  );
  // The app itself has no finding: every one above comes from the added files.
  expect(findings.filter((line) => !fileOf(line).startsWith('"added/'))).toEqual([]);
}, 120_000);
