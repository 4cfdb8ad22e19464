import { ROOT_BUILD } from './support/builds.ts';
import { ROOT_E2E_PORT, siteTestsConfig } from './support/e2e-config.ts';

/** Browser tests against the site built at the domain root (`npm run build`). */
export default siteTestsConfig({
  name: 'desktop',
  build: ROOT_BUILD,
  port: ROOT_E2E_PORT,
  match: { testIgnore: /base-path\.spec/ },
});
