import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromiumPath } from '../../src/build/chromium.ts';

export interface PageWeight {
  path: string;
  htmlGzip: number;
  jsGzip: number;
  jsFiles: number;
}

/**
 * Bytes a reader downloads for one page: its HTML, and every script the browser fetches while
 * loading it (no interaction), each gzipped as a static host would serve it.
 */
export async function measurePageWeights(baseUrl: string, distDir: string, paths: string[]): Promise<PageWeight[]> {
  const browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: CHROMIUM_ARGS });
  try {
    const weights: PageWeight[] = [];
    for (const path of paths) {
      const page = await browser.newPage();
      const scripts = new Set<string>();
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
      });
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
      await page.close();
      const html = await readFile(join(distDir, path, 'index.html'));
      let jsGzip = 0;
      for (const script of scripts) jsGzip += gzipSync(await readFile(join(distDir, script))).length;
      weights.push({ path, htmlGzip: gzipSync(html).length, jsGzip, jsFiles: scripts.size });
    }
    return weights;
  } finally {
    await browser.close();
  }
}
