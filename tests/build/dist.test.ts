import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** `npm run dist` as a user runs it, with this environment added. */
function dist(env: Record<string, string>) {
  const withoutFlag = { ...process.env };
  delete withoutFlag['ASHORE_TEST_BUILD'];
  return spawnSync('npm', ['run', '--silent', 'dist'], {
    env: { ...withoutFlag, ...env },
    encoding: 'utf8',
    shell: process.platform === 'win32',
    timeout: 60_000,
  });
}

describe('npm run dist', () => {
  it('refuses a test build, saying why, before building anything', () => {
    const run = dist({ ASHORE_TEST_BUILD: '1' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run dist refuses ASHORE_TEST_BUILD=1');
    expect(run.stderr).toContain('must never be shipped');
  });

  it('lets every other value through to the guard (only "1" makes a test build)', () => {
    // Run only the guard: the real build would take minutes and need Electron's downloads.
    for (const value of ['0', '', 'yes']) {
      const guard = spawnSync(process.execPath, ['scripts/refuseTestBuild.mjs'], {
        env: { ...process.env, ASHORE_TEST_BUILD: value },
        encoding: 'utf8',
      });
      expect(guard.status).toBe(0);
      expect(guard.stderr).toBe('');
    }
  });
});
