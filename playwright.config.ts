import { defineConfig } from '@playwright/test';
import { chromiumArgs } from './src/cli/findChromium';

const executablePath = process.env['ASHORE_CHROMIUM'];
// Several checkouts on one machine can run their suites at once, each on its own port.
const port = Number(process.env['ASHORE_E2E_PORT'] ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  forbidOnly: Boolean(process.env['CI']),
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e/web',
      use: {
        browserName: 'chromium',
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          // The flags keep Chromium from phoning home (this machine's network is closed, and
          // the privacy test must see only the app's own requests).
          args: chromiumArgs,
        },
      },
    },
    { name: 'electron', testDir: 'tests/e2e/electron' },
  ],
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
