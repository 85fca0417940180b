// The first step of `npm run dist`: a release is never a test build. ASHORE_TEST_BUILD=1 keeps
// Electron's --inspect arguments (build/fuses.cjs), which would let anything on the machine
// drive the installed app's main process. Test builds are made with electron-builder directly.
import { createRequire } from 'node:module';

const { isTestBuild } = createRequire(import.meta.url)('../build/fuses.cjs');

if (isTestBuild()) {
  console.error(
    'npm run dist refuses ASHORE_TEST_BUILD=1: that build keeps the inspector arguments and ' +
      'must never be shipped. Unset it for a release; for a test build run\n' +
      '  npx electron-vite build && ASHORE_TEST_BUILD=1 npx electron-builder --config electron-builder.config.cjs',
  );
  process.exit(1);
}
