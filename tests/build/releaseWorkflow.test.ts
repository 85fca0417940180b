import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const workflowText = readFileSync('.github/workflows/release.yml', 'utf8');

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: { push: { tags: string[] } };
  jobs: Record<
    string,
    {
      env?: Record<string, string>;
      steps: Step[];
      strategy?: { matrix: { include: { os: string; installers: string }[] } };
    }
  >;
}
const workflow = parse(workflowText) as Workflow;
const build = workflow.jobs['build'];
if (!build) throw new Error('the release workflow has no build job');
const runs = build.steps.map((step) => step.run ?? '');

describe('the release workflow', () => {
  it('is a valid GitHub Actions workflow', () => {
    expect(validateWorkflow(workflowText).errors).toEqual([]);
  });

  it.each([
    ['a misspelt key', 'runs-on: ${{ matrix.os }}', 'runs_on: ${{ matrix.os }}'],
    ['a value of the wrong type', 'timeout-minutes: 60', 'timeout-minutes: soon'],
  ])('is checked by a validator that finds %s', (_mistake, good, bad) => {
    const broken = workflowText.replace(good, bad);
    expect(broken).not.toBe(workflowText);
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it('builds on Linux, Windows and macOS, testing before packaging', () => {
    expect(build.strategy?.matrix.include.map((entry) => entry.os)).toEqual([
      'ubuntu-latest',
      'windows-latest',
      'macos-latest',
    ]);
    const ci = runs.indexOf('npm ci');
    const test = runs.findIndex((run) => /(^|\s)npm test$/.test(run));
    const dist = runs.findIndex((run) => run.startsWith('npm run dist'));
    expect(ci).toBeGreaterThanOrEqual(0);
    expect(test).toBeGreaterThan(ci);
    expect(dist).toBeGreaterThan(test);
    // Every platform runs the tests: Linux on a virtual display, the others directly.
    expect(runs.filter((run) => /(^|\s)npm test$/.test(run))).toHaveLength(2);
  });

  it('has the Electron binary downloaded and refuses to skip the Electron tests', () => {
    expect(runs).toContain('node node_modules/electron/install.js');
    expect(build.env?.['ASHORE_REQUIRE_ELECTRON']).toBe('1');
    // A release is never a test build (npm run dist refuses it anyway).
    expect(workflowText).not.toContain('ASHORE_TEST_BUILD');
  });

  it('uploads every installer electron-builder makes, and releases them on version tags', () => {
    const config = createRequire(import.meta.url)('../../electron-builder.config.cjs') as {
      linux: { target: string[] };
      win: { target: string[] };
      mac: { target: string[] };
    };
    expect([...config.linux.target, ...config.win.target, ...config.mac.target]).toEqual([
      'AppImage',
      'deb',
      'nsis',
      'dmg',
    ]);
    const uploaded = build.strategy?.matrix.include.flatMap((entry) =>
      entry.installers.trim().split('\n'),
    );
    expect(uploaded).toEqual(['dist/*.AppImage', 'dist/*.deb', 'dist/*.exe', 'dist/*.dmg']);
    const upload = build.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'));
    expect(upload?.with?.['if-no-files-found']).toBe('error');
    expect(workflow.on.push.tags).toEqual(['v*']);
    const release = workflow.jobs['release']?.steps.find((step) =>
      step.uses?.startsWith('softprops/action-gh-release'),
    );
    expect(release?.with?.['fail_on_unmatched_files']).toBe(true);
  });
});

describe('the deb package', () => {
  it('names a maintainer with an address, as Debian requires', () => {
    const config = createRequire(import.meta.url)('../../electron-builder.config.cjs') as {
      linux: { maintainer: string };
    };
    expect(config.linux.maintainer).toMatch(/^[^<>]+ <[^@\s<>]+@[^@\s<>]+\.[a-z]+>$/);
  });
});
