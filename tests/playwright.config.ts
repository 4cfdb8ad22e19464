import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';
import { BASE_PATH_BUILD } from './support/builds.ts';

const port = Number(process.env.E2E_PORT ?? 4322);
/** The same site built under a project path (`npm run build:base`), as GitHub Pages serves it. */
const basePathPort = port + 1;

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
  // Tests wait for the state they need (a render marked with its own query, a status text); these
  // only bound how long a broken page is waited for, so a busy machine is never a failure: three
  // CI runs beside five page builds (load 60 on two cores) made 1-3 s searches exceed 60 s.
  timeout: 300_000,
  expect: { timeout: 120_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '../playwright-report' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'desktop', testIgnore: /base-path\.spec/, use: { ...devices['Desktop Chrome'], channel: undefined } },
    {
      name: 'base-path',
      testMatch: /base-path\.spec/,
      use: {
        ...devices['Desktop Chrome'],
        channel: undefined,
        baseURL: `http://localhost:${basePathPort}${BASE_PATH_BUILD.base}`,
      },
    },
  ],
  webServer: [
    {
      command: `node tests/support/serve.ts --port ${port}`,
      cwd: '..',
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node tests/support/serve.ts --port ${basePathPort} --dir ${BASE_PATH_BUILD.dir} --base ${BASE_PATH_BUILD.base}`,
      cwd: '..',
      url: `http://localhost:${basePathPort}${BASE_PATH_BUILD.base}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
