import { BASE_PATH_BUILD } from './support/builds.ts';
import { ROOT_E2E_PORT, siteTestsConfig } from './support/e2e-config.ts';

/** Browser tests against the site built under a project path (`npm run build:base`), as GitHub Pages serves it. */
export default siteTestsConfig({
  name: 'base-path',
  build: BASE_PATH_BUILD,
  port: ROOT_E2E_PORT + 1,
  match: { testMatch: /base-path\.spec/ },
});
