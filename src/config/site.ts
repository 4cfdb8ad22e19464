/**
 * Where the site lives. Both come from the environment so the same build deploys to a domain
 * root or under a project path (GitHub Pages: `BASE_PATH=/repo-name/`).
 */
export const site = process.env.SITE_URL || 'http://localhost:4321';

export const base = normalizeBase(process.env.BASE_PATH || '/');

function normalizeBase(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export const siteTitle = 'Backend Handbook';
export const siteDescription =
  'Precise answers for backend engineers: Go, microservices, Kafka, distributed systems and cloud-native practice.';
