import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroConfig, AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { noindexPages } from '../../src/build/noindex-pages.ts';

async function builtSite(pages: Record<string, string>): Promise<URL> {
  const dir = await mkdtemp(join(tmpdir(), 'noindex-'));
  for (const [pathname, html] of Object.entries(pages)) {
    await mkdir(join(dir, pathname), { recursive: true });
    await writeFile(join(dir, pathname, 'index.html'), html);
  }
  return pathToFileURL(`${dir}/`);
}

describe('noindexPages', () => {
  it('finds the built pages that say noindex, under the base path', async () => {
    const dir = await builtSite({
      'tags/kafka/': '<html><head><title>Tag: kafka</title></head></html>',
      'tags/crdt/': '<html><head><meta name="robots" content="noindex"></head></html>',
    });
    const noindex = noindexPages();
    const hooks = noindex.integration.hooks;
    const logger = {} as AstroIntegrationLogger;
    await hooks['astro:config:done']?.({ config: { base: '/handbook' } as AstroConfig, logger } as never);
    await hooks['astro:build:done']?.({
      dir,
      pages: [{ pathname: 'tags/kafka/' }, { pathname: 'tags/crdt/' }, { pathname: '404/' }],
      logger,
    } as never);
    expect(noindex.has('https://example.com/handbook/tags/crdt/')).toBe(true);
    expect(noindex.has('https://example.com/handbook/tags/kafka/')).toBe(false);
    expect(noindex.has('https://example.com/handbook/404/')).toBe(false);
  });
});
