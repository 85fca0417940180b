import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../src/cli/findElectron';

/** A checkout whose node_modules/electron is as Electron's installer leaves it (or not). */
function checkout(binary?: string) {
  const root = mkdtempSync(join(tmpdir(), 'ashore-checkout-'));
  const electron = join(root, 'node_modules', 'electron');
  mkdirSync(join(electron, 'dist', 'Electron.app', 'Contents', 'MacOS'), { recursive: true });
  if (binary !== undefined) {
    writeFileSync(join(electron, 'path.txt'), binary);
    writeFileSync(join(electron, 'dist', binary), '');
  }
  return root;
}

describe('the Electron binary for the Electron tests', () => {
  it.each(['electron', 'electron.exe', 'Electron.app/Contents/MacOS/Electron'])(
    'is found where the installer put it (%s)',
    (binary) => {
      const root = checkout(binary);
      expect(findElectronBinary(root, {})).toEqual({
        path: join(root, 'node_modules', 'electron', 'dist', binary),
      });
    },
  );

  it('is reported missing, so the tests skip saying why, where it could not download', () => {
    expect(findElectronBinary(checkout(), {})).toEqual({
      missing: expect.stringContaining('path.txt is absent'),
    });
  });

  it('fails the run instead of skipping where the release workflow requires it', () => {
    expect(() => findElectronBinary(checkout(), { ASHORE_REQUIRE_ELECTRON: '1' })).toThrow(
      /must run here/,
    );
    const root = checkout('electron');
    expect(findElectronBinary(root, { ASHORE_REQUIRE_ELECTRON: '1' })).toHaveProperty('path');
  });
});
