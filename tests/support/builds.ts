/** The two builds the browser tests run against: at the domain root, and under a project path. */
export const ROOT_BUILD = { dir: 'dist', base: '/' } as const;
/** Built by `npm run build:base` (BASE_PATH=/handbook/), as a GitHub Pages project site is served. */
export const BASE_PATH_BUILD = { dir: 'dist-base', base: '/handbook/' } as const;
export const BUILDS = [ROOT_BUILD, BASE_PATH_BUILD] as const;
