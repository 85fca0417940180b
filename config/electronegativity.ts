/**
 * Electronegativity (Doyensec's static checker for Electron misconfigurations) over folders of
 * sources, returning its findings of medium severity or above. The tool exits 0 whatever it
 * finds, so its report is read instead.
 *
 * The folders are copied into one scan folder: the tool's global checks (navigation limits,
 * permission handler) look at everything it was given at once, and scanning main and preload
 * apart reports the other half missing.
 *
 * No check is excluded project-wide. A finding the tool cannot see through is disabled where it
 * is reported, by an `eng-disable` comment on that line that says why (see docs/SECURITY.md),
 * so a new call site gets every check. The CSP, which the app builds in code and sends as a
 * header, is written into the scan folder as the page would carry it, so the tool evaluates
 * the real policy rather than reporting none.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentSecurityPolicy, headerOnlyDirectives } from '../src/shared/csp';

export interface ScanFolder {
  /** Where the sources are. */
  path: string;
  /** The folder's name in the scan (and in the findings' file names). */
  as: string;
}

/** The report's CSV lines (issue, severity, confidence, file, location, sample, …). */
export function electronegativityFindings(root: string, folders: readonly ScanFolder[]): string[] {
  const electronVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const scan = mkdtempSync(join(tmpdir(), 'ashore-electronegativity-'));
  try {
    for (const folder of folders) cpSync(folder.path, join(scan, folder.as), { recursive: true });
    const csp = `${contentSecurityPolicy}; ${headerOnlyDirectives}`;
    writeFileSync(
      join(scan, 'app-protocol-csp.html'),
      `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">\n`,
    );
    const report = join(scan, 'report.csv');
    // Its script run by this Node, not node_modules/.bin's shim, which Windows cannot spawn.
    const cli = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
    const args = ['-i', scan, '-r', '-e', electronVersion, '-s', 'medium', '-o', report];
    const run = spawnSync(process.execPath, [cli, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (run.status !== 0) {
      throw new Error(`electronegativity exited with ${run.status}: ${run.stdout}${run.stderr}`);
    }
    // `-s medium` filters the per-file checks only; global checks report whatever they find.
    return readFileSync(report, 'utf8')
      .split('\n')
      .slice(1)
      .filter((line) => /^\w+,"(MEDIUM|HIGH|CRITICAL)"/.test(line));
  } finally {
    rmSync(scan, { recursive: true, force: true });
  }
}

/** What `npm run lint:electron` scans: the main process, the preload and what they share. */
export const appFolders = (root: string): ScanFolder[] =>
  ['main', 'preload', 'shared'].map((part) => ({ path: join(root, 'src', part), as: part }));
