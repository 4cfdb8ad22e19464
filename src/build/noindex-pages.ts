import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

const NOINDEX = /<meta name="robots" content="noindex"/;

/**
 * The built pages that ask not to be indexed (short links, forwarding tag addresses, moved pages:
 * every page that only redirects says `noindex`), so the sitemap can leave them out. They are read
 * from the output once the build has written it, in this integration's `astro:build:done`, which
 * runs before the sitemap's when it is listed first.
 *
 * @example
 * const noindex = noindexPages();
 * integrations: [noindex.integration, sitemap({ filter: (url) => !noindex.has(url) })]
 */
export function noindexPages(): { integration: AstroIntegration; has(url: string): boolean } {
  const paths = new Set<string>();
  let base = '/';
  return {
    has: (url) => paths.has(new URL(url).pathname),
    integration: {
      name: 'backend-handbook:noindex-pages',
      hooks: {
        'astro:config:done': ({ config }) => {
          base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        },
        'astro:build:done': async ({ dir, pages }) => {
          await Promise.all(
            pages.map(async ({ pathname }) => {
              const html = await readFile(new URL(`${pathname}index.html`, dir), 'utf8').catch(() => '');
              if (NOINDEX.test(html)) paths.add(`${base}${pathname}`);
            }),
          );
        },
      },
    },
  };
}
