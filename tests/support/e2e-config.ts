import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../../src/build/chromium.ts';

/** The port of the root build's server; the base-path build's is the next one. */
export const ROOT_E2E_PORT = Number(process.env.E2E_PORT ?? 4322);

interface SiteTests {
  /** The project's name, which is also where its results and report go. */
  name: string;
  /** The built site to serve (`dist`, `dist-base`) and the base path it was built for. */
  build: { dir: string; base: string };
  port: number;
  /** Which spec files of `tests/e2e` run against this build. */
  match: Pick<PlaywrightTestConfig, 'testMatch' | 'testIgnore'>;
}

/**
 * Browser tests against one built site (`npm run build` or `build:base` first): the Pagefind index
 * and the rendered diagrams exist only after a build. Each build has a config of its own, so
 * `npm test` can run a build's tests as soon as that build is done instead of waiting for both.
 * The browser is found (or installed) by the same discovery the build uses. Paths are relative to
 * `tests/`, where the config files are.
 */
export function siteTestsConfig({ name, build, port, match }: SiteTests): PlaywrightTestConfig {
  const origin = `http://localhost:${port}`;
  // At the root, tests join the origin and a path (`${baseURL}/a/id/`); under a base path, pages are relative to it.
  const baseURL = build.base === '/' ? origin : `${origin}${build.base}`;
  return defineConfig({
    testDir: './e2e',
    ...match,
    outputDir: `../test-results/${name}`,
    fullyParallel: true,
    forbidOnly: Boolean(process.env.CI),
    retries: 0,
    workers: 2,
    // Tests wait for the state they need (a render marked with its own query, a status text); these
    // only bound how long a broken page is waited for, so a busy machine is never a failure: three
    // CI runs beside five page builds (load 60 on two cores) made 1-3 s searches exceed 60 s.
    timeout: 300_000,
    expect: { timeout: 120_000 },
    reporter: process.env.CI
      ? [['list']]
      : [['list'], ['html', { open: 'never', outputFolder: `../playwright-report/${name}` }]],
    use: {
      ...devices['Desktop Chrome'],
      channel: undefined,
      baseURL,
      launchOptions: chromiumLaunchOptions(),
      trace: 'retain-on-failure',
    },
    projects: [{ name }],
    webServer: {
      command: `node tests/support/serve.ts --port ${port} --dir ${build.dir} --base ${build.base}`,
      cwd: '..',
      url: `${origin}${build.base}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  });
}
