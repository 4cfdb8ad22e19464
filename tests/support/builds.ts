/** The two builds the browser tests run against: at the domain root, and under a project path. */
/**
 * `npm test` builds the root site with this repository address (tests/run-all.ts), so the browser
 * tests see "Edit this page" and "Suggest a fix"; they read what a build had from its record
 * (src/build/build-record.ts). The base-path build never has one and shows neither.
 */
export const ROOT_BUILD = { dir: 'dist', base: '/', repoUrl: 'https://github.com/example/backend-handbook' } as const;
/** Built by `npm run build:base` (BASE_PATH=/handbook/), as a GitHub Pages project site is served. */
export const BASE_PATH_BUILD = { dir: 'dist-base', base: '/handbook/' } as const;
export const BUILDS = [ROOT_BUILD, BASE_PATH_BUILD] as const;
