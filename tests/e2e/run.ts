// Runs the end-to-end suite: finds a Chromium (installing Debian's when it may), builds the
// renderer and the Electron bundles, then runs Playwright. It never skips silently: with no
// browser the run fails and says how to get one.
import { spawnSync } from 'node:child_process';
import { ensureTool, findChromium, noChromiumMessage } from '../../src/cli/findChromium';

const say = (message: string) => console.log(`[e2e] ${message}`);

const browser = findChromium(say);
if (!browser) {
  console.error(`[e2e] ${noChromiumMessage}`);
  process.exit(1);
}
say(`browser: ${browser}`);
// The PDF tests read the exported files with poppler (pdftotext, pdffonts, pdfinfo).
if (!ensureTool('pdftotext', 'poppler-utils', say)) {
  console.error('[e2e] pdftotext is missing: install poppler-utils (Debian/Ubuntu) or poppler.');
  process.exit(1);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    // npm and npx are .cmd scripts on Windows, which Node starts only through a shell.
    shell: process.platform === 'win32',
    env: { ...process.env, ASHORE_CHROMIUM: browser },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npm', ['run', '--silent', 'build:web']);
run('npm', ['run', '--silent', 'build']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);
