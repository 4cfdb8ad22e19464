import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromiumPath } from '../../src/build/chromium.ts';

export interface PageWeight {
  path: string;
  htmlGzip: number;
  jsGzip: number;
  jsFiles: number;
  /** Main-thread style recalculation plus layout while loading, unthrottled: the least of several loads. */
  styleLayoutMs: number;
}

/** Loads per page for the style and layout time: its minimum shrugs off a busy machine better than a median. */
const STYLE_LAYOUT_LOADS = 5;

/**
 * Bytes a reader downloads for one page: its HTML, and every script the browser fetches while
 * loading it (no interaction), each gzipped as a static host would serve it; and the time the
 * browser spends styling and laying the page out while loading it.
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
      const styleLayout: number[] = [];
      for (let load = 0; load < STYLE_LAYOUT_LOADS; load += 1) {
        styleLayout.push(await styleLayoutWhileLoading(browser, new URL(path, baseUrl).href));
      }
      weights.push({
        path,
        htmlGzip: gzipSync(html).length,
        jsGzip,
        jsFiles: scripts.size,
        styleLayoutMs: Math.min(...styleLayout),
      });
    }
    return weights;
  } finally {
    await browser.close();
  }
}

/** Chromium's own counters of style recalculation and layout time for one fresh load of `url`. */
async function styleLayoutWhileLoading(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    const session = await page.context().newCDPSession(page);
    await session.send('Performance.enable');
    await page.goto(url, { waitUntil: 'networkidle' });
    const { metrics } = await session.send('Performance.getMetrics');
    const seconds = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? Number.NaN;
    return Math.round((seconds('RecalcStyleDuration') + seconds('LayoutDuration')) * 1000);
  } finally {
    await page.close();
  }
}
