import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where the Electron binary is, or why it is not there. Read from the files the electron
 * package's installer writes, never via require('electron'), which would try to download it.
 */
export function findElectronBinary(): { path: string } | { missing: string } {
  const packageDir = resolve('node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      missing:
        'the Electron binary is not installed (node_modules/electron/path.txt is absent: its ' +
        'download failed or was skipped); run `npx install-electron` where the network allows',
    };
  }
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary)
    ? { path: binary }
    : { missing: `the Electron binary named in path.txt does not exist: ${binary}` };
}
