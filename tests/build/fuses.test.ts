import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { fuseConfig, isTestBuild } from '../../build/fuses.cjs';

describe('fuseConfig', () => {
  const release = fuseConfig(false);

  it('is a version 1 fuse wire', () => {
    expect(release.version).toBe(FuseVersion.V1);
  });

  it.each([
    ['RunAsNode', FuseV1Options.RunAsNode, false],
    [
      'EnableNodeOptionsEnvironmentVariable',
      FuseV1Options.EnableNodeOptionsEnvironmentVariable,
      false,
    ],
    ['EnableNodeCliInspectArguments', FuseV1Options.EnableNodeCliInspectArguments, false],
    ['OnlyLoadAppFromAsar', FuseV1Options.OnlyLoadAppFromAsar, true],
    [
      'EnableEmbeddedAsarIntegrityValidation',
      FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
      true,
    ],
    ['EnableCookieEncryption', FuseV1Options.EnableCookieEncryption, true],
    ['GrantFileProtocolExtraPrivileges', FuseV1Options.GrantFileProtocolExtraPrivileges, false],
  ] as const)('a release build sets %s to %s', (_name, fuse, value) => {
    expect(release[fuse]).toBe(value);
  });

  it('a test build keeps only the inspector arguments Playwright attaches with', () => {
    const test = fuseConfig(true);
    expect(test[FuseV1Options.EnableNodeCliInspectArguments]).toBe(true);
    const differing = Object.keys(release).filter(
      (key) => release[key as unknown as FuseV1Options] !== test[key as unknown as FuseV1Options],
    );
    expect(differing).toEqual([String(FuseV1Options.EnableNodeCliInspectArguments)]);
  });

  it('names every fuse this @electron/fuses knows', () => {
    const fuses = Object.values(FuseV1Options).filter((value) => typeof value === 'number');
    for (const fuse of fuses) expect(typeof release[fuse as FuseV1Options]).toBe('boolean');
  });
});

describe('isTestBuild', () => {
  it.each([
    [{ ASHORE_TEST_BUILD: '1' }, true],
    [{ ASHORE_TEST_BUILD: '0' }, false],
    [{ ASHORE_TEST_BUILD: 'yes' }, false],
    [{}, false],
  ])('%j → %s', (env, expected) => {
    expect(isTestBuild(env)).toBe(expected);
  });
});
