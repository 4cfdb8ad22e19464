import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';

const port = Number(process.env.E2E_PORT ?? 4322);

/**
 * Browser tests run against the built site (`npm run build` first): the Pagefind index and the
 * rendered diagrams exist only after a build. The browser is found (or installed) by the same
 * discovery the build uses.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `node tests/support/serve.ts --port ${port}`,
    cwd: '..',
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
