// The Electron fuses Ashore ships with: switches compiled into the Electron binary that no
// command-line flag or environment variable can turn back on. Flipped by build/afterPack.cjs.
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/**
 * @param {boolean} testBuild a build for the Playwright Electron tests, which attach through
 *   Node's --inspect: only that build keeps the inspector arguments.
 */
function fuseConfig(testBuild) {
  return {
    version: FuseVersion.V1,
    // Not every Electron fuse need be named: a fuse newer than @electron/fuses keeps
    // Electron's default instead of failing the build.
    strictlyRequireAllFuses: false,
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.
    [FuseV1Options.RunAsNode]: false,
    // Cookies encrypted at rest with the OS keychain (Ashore sets none; it costs nothing).
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS could preload arbitrary code into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect would let anything on the machine drive the main process.
    [FuseV1Options.EnableNodeCliInspectArguments]: testBuild,
    // The app is the app.asar the package shipped, checked against its hash (macOS, Windows).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // The renderer comes from app://, never file://: file pages get no extra powers.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** Whether this packaging run is a test build: ASHORE_TEST_BUILD=1. */
function isTestBuild(env = process.env) {
  return env.ASHORE_TEST_BUILD === '1';
}

module.exports = { fuseConfig, isTestBuild };
