import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../../src/build/chromium.ts';
import { DEV_PORT } from './dev-fixture.ts';

/**
 * Browser tests against `astro dev` (not the build): diagrams, search without an index, error
 * overlays and live edits. The tests edit one fixture page, so they run one at a time.
 */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/dev',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // A dev server compiles each page on first request: the first visit may take a while on a busy machine.
  timeout: 300_000,
  expect: { timeout: 120_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    channel: undefined,
    baseURL: `http://localhost:${DEV_PORT}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node tests/dev/start-dev-server.ts',
    cwd: '../..',
    url: `http://localhost:${DEV_PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
