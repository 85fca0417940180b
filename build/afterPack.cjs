// electron-builder afterPack hook: flips the fuses (build/fuses.cjs) in the packaged Electron
// binary, before electron-builder signs it and makes the installers.
const { join } = require('node:path');
const { flipFuses } = require('@electron/fuses');
const { fuseConfig, isTestBuild } = require('./fuses.cjs');

/** @param {import('app-builder-lib').AfterPackContext} context */
module.exports = async function afterPack(context) {
  const platform = context.electronPlatformName;
  const name = context.packager.appInfo.productFilename;
  const executable =
    platform === 'darwin'
      ? join(context.appOutDir, `${name}.app`)
      : platform === 'win32'
        ? join(context.appOutDir, `${name}.exe`)
        : join(context.appOutDir, context.packager.executableName);
  const testBuild = isTestBuild();
  await flipFuses(executable, {
    ...fuseConfig(testBuild),
    // Changing the binary breaks macOS's ad-hoc signature; unsigned arm64 builds need it redone.
    resetAdHocDarwinSignature: platform === 'darwin',
  });
  console.log(
    `  • fuses flipped in ${executable}${testBuild ? ' (test build: inspector kept)' : ''}`,
  );
};
