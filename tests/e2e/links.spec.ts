import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * Every internal link of the built site resolves: the page exists and, for `page/#id`, the id
 * exists on it. This covers what the build-time link check cannot see: generated pages (tags,
 * levels, glossary, short links and their redirects), components, and links drawn in diagrams.
 */
const DIST = 'dist';
const pages = readdirSync(DIST, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.html'));
const idsCache = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map(([, id]) => id ?? ''));
    idsCache.set(file, ids);
  }
  return ids;
}

function targetFile(pathname: string): string | undefined {
  const candidates = pathname.endsWith('/') ? [join(DIST, pathname, 'index.html')] : [join(DIST, pathname)];
  return candidates.find((candidate) => existsSync(candidate));
}

test('every internal link and #anchor on every built page resolves', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = readFileSync(join(DIST, page), 'utf8');
    const from = new URL(`/${page.replace(/index\.html$/, '')}`, 'http://site');
    const anchors = [...html.matchAll(/<a\s[^>]*?(?:href|xlink:href)="([^"]+)"/g)].map(([, href]) => href ?? '');
    const refreshes = [...html.matchAll(/http-equiv="refresh" content="\d+; url=([^"]+)"/g)].map(
      ([, href]) => href ?? '',
    );
    for (const href of [...anchors, ...refreshes]) {
      if (/^(https?:|mailto:|data:|javascript:)/.test(href) && !href.startsWith('http://localhost')) continue;
      const url = new URL(href.replaceAll('&amp;', '&'), from);
      if (url.origin !== 'http://site' && url.host !== 'localhost:4321') continue;
      checked += 1;
      const file = targetFile(decodeURIComponent(url.pathname));
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
