/**
 * Prefixes a root-relative path with the site's base path (`/handbook/` on a project site), so
 * links written as `/kafka/…` keep working wherever the site is deployed. Other URLs pass through.
 */
export function withBase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  if (!prefix || href === prefix || href.startsWith(`${prefix}/`)) return href;
  return `${prefix}${href}`;
}
