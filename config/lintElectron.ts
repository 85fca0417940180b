/**
 * `npm run lint:electron`: Electronegativity (Doyensec's static checker for Electron
 * misconfigurations) over the main process and the preload, failing on any finding of medium
 * severity or above. The tool exits 0 whatever it finds, so this script reads its report.
 *
 * Main and preload are scanned together (copied into one folder, with the shared contract and
 * CSP they import): the tool's global checks (navigation limits, permission handler) look at
 * everything it was given at once, and scanning them apart reports the other half missing.
 *
 * Checks are named by class (the tool's -x takes class names, not the report's IDs).
 * Excluded checks are those the tool cannot see through, each justified in docs/SECURITY.md
 * with the unit test that verifies the setting instead.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const excludedChecks = [
  // webPreferences come from secureWebPreferences() (src/main/security.ts), a function the
  // tool does not follow; tests/main/security.test.ts and window.test.ts check every flag.
  'ContextIsolationJSCheck',
  'SandboxJSCheck',
  'NodeIntegrationJSCheck',
  // Middle-click opens a window through setWindowOpenHandler, which denies every window.
  'AuxclickJSCheck',
  // The CSP is a header set by the app:// protocol handler from src/shared/csp.ts and a meta
  // tag added to the built page; the tool only recognises literal headers and HTML files.
  'CSPGlobalCheck',
];

const root = process.cwd();
const electronVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;

const scan = mkdtempSync(join(tmpdir(), 'ashore-electronegativity-'));
try {
  for (const part of ['main', 'preload', 'shared']) {
    cpSync(join(root, 'src', part), join(scan, part), { recursive: true });
  }
  const report = join(scan, 'report.csv');
  const run = spawnSync(
    join(root, 'node_modules/.bin/electronegativity'),
    [
      ...['-i', scan, '-r', '-e', electronVersion, '-s', 'medium', '-o', report],
      ...['-x', excludedChecks.join(',')],
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    throw new Error(`electronegativity exited with ${run.status}`);
  }
  const findings = readFileSync(report, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '');
  if (findings.length > 0) {
    console.error(`Electronegativity: ${findings.length} finding(s) of medium severity or above:`);
    for (const line of findings) console.error(`  ${line}`);
    process.exitCode = 1;
  } else {
    console.log(
      `Electronegativity (Electron ${electronVersion}): no findings of medium severity or above ` +
        `in src/main and src/preload (${excludedChecks.length} checks excluded, see docs/SECURITY.md).`,
    );
  }
} finally {
  rmSync(scan, { recursive: true, force: true });
}
