/**
 * Where the site lives. Both come from the environment so the same build deploys to a domain
 * root or under a project path (GitHub Pages: `BASE_PATH=/repo-name/`).
 */
export const site = siteUrl(process.env);

/**
 * A production build (`PRODUCTION=1`, as the deploy workflow sets) must be told its public
 * origin: link previews need an absolute `og:image`, and a card pointing at localhost would be
 * published without any other sign. Builds on a laptop or in CI's tests fall back to localhost.
 */
export function siteUrl(env: { SITE_URL?: string; PRODUCTION?: string; [name: string]: string | undefined }): string {
  const given = env.SITE_URL?.trim();
  if (given) {
    if (!/^https?:\/\/[^/]/.test(given)) throw new Error(`SITE_URL must be an absolute http(s) URL, not "${given}".`);
    return given;
  }
  if (env.PRODUCTION === '1') {
    throw new Error(
      'SITE_URL is not set, and this is a production build (PRODUCTION=1): set SITE_URL to the origin the site is served from, e.g. SITE_URL=https://handbook.example.org, because og:image and canonical links must be absolute.',
    );
  }
  return 'http://localhost:4321';
}

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
