import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BUILDS } from '../support/builds.ts';

/**
 * Every internal link of the built site resolves: the page exists and, for `page/#id`, the id
 * exists on it. This covers what the build-time link check cannot see: generated pages (tags,
 * levels, glossary, short links and their redirects), components, and links drawn in diagrams.
 * Both builds are checked: at the root, and under a base path, where a link that forgot the base
 * points outside the site.
 */
for (const build of BUILDS) {
  test(`every internal link and #anchor resolves in ${build.dir} (base ${build.base})`, () => {
    const idsCache = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let ids = idsCache.get(file);
      if (!ids) {
        const html = readFileSync(file, 'utf8');
        ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map(([, id]) => id ?? ''));
        idsCache.set(file, ids);
      }
      return ids;
    };
    const pages = readdirSync(build.dir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.html'));
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const html = readFileSync(join(build.dir, page), 'utf8');
      const from = new URL(`${build.base}${page.replace(/index\.html$/, '')}`, 'http://site');
      const anchors = [...html.matchAll(/<a\s[^>]*?(?:href|xlink:href)="([^"]+)"/g)].map(([, href]) => href ?? '');
      const refreshes = [...html.matchAll(/http-equiv="refresh" content="\d+; url=([^"]+)"/g)].map(
        ([, href]) => href ?? '',
      );
      for (const href of [...anchors, ...refreshes]) {
        if (/^(https?:|mailto:|data:|javascript:)/.test(href)) continue;
        const url = new URL(href.replaceAll('&amp;', '&'), from);
        checked += 1;
        const pathname = decodeURIComponent(url.pathname);
        if (!pathname.startsWith(build.base)) {
          broken.push(`${page}: ${href} (outside the base path ${build.base})`);
          continue;
        }
        const local = pathname.slice(build.base.length);
        const file = [join(build.dir, local, 'index.html'), join(build.dir, local)].find(
          (candidate) => existsSync(candidate) && candidate.includes('.'),
        );
        if (!file) {
          broken.push(`${page}: ${href} (no such page)`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && id !== '_top' && file.endsWith('.html') && !idsOf(file).has(id)) {
          broken.push(`${page}: ${href} (no #${id} there)`);
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
    expect(broken).toEqual([]);
  });
}
