import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where the Electron binary is, or why it is not there. Read from the files the electron
 * package's installer writes (path.txt names the binary under dist/ for this platform), never
 * via require('electron'), which would try to download it.
 *
 * Where the binary must exist (the release workflow sets ASHORE_REQUIRE_ELECTRON=1), its
 * absence is an error: the Electron tests fail instead of skipping.
 */
export function findElectronBinary(
  root: string = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): { path: string } | { missing: string } {
  const found = locate(resolve(root, 'node_modules/electron'));
  if ('missing' in found && env['ASHORE_REQUIRE_ELECTRON'] === '1') {
    throw new Error(
      `the Electron tests must run here (ASHORE_REQUIRE_ELECTRON=1), but ${found.missing}`,
    );
  }
  return found;
}

function locate(packageDir: string): { path: string } | { missing: string } {
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      missing:
        'the Electron binary is not installed (node_modules/electron/path.txt is absent: its ' +
        'download failed or was skipped); run `node node_modules/electron/install.js` where ' +
        'the network allows',
    };
  }
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary)
    ? { path: binary }
    : { missing: `the Electron binary named in path.txt does not exist: ${binary}` };
}
