/**
 * Where the site lives. Both come from the environment so the same build deploys to a domain
 * root or under a project path (GitHub Pages: `BASE_PATH=/repo-name/`).
 */
export const site = process.env.SITE_URL || 'http://localhost:4321';

export const base = normalizeBase(process.env.BASE_PATH || '/');

/**
 * The repository the content lives in (`https://github.com/owner/name`), for "Edit this page" and
 * each answer's "Suggest a fix". Without it, neither is shown.
 */
export const repoUrl = (process.env.REPO_URL || '').replace(/\/+$/, '') || undefined;

function normalizeBase(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Astro's own cache (the content data store). `npm test` gives `astro check` a directory of its
 * own: it runs beside `astro build`, and two processes renaming one data-store file collide.
 */
export const cacheDir = process.env.ASTRO_CACHE_DIR || './node_modules/.astro';

export const siteTitle = 'Backend Handbook';
export const siteDescription =
  'Precise answers for backend engineers: Go, microservices, Kafka, distributed systems and cloud-native practice.';
