import { readdir, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, resolveChromiumPath } from '../../src/build/chromium.ts';
import { QUERY_SETS, readQuerySet, runQueries, type SearchScores, scoreQueries } from '../support/search-quality.ts';
import { createStaticServer } from '../support/static-server.ts';
import { clearBuildCaches, directorySize, timeBuild } from './build.ts';
import { clearGoCache, timeGoCheck } from './go-check.ts';
import { type LighthouseFigures, runLighthouse } from './lighthouse.ts';
import { measurePageWeights } from './measure-pages.ts';
import { runScale } from './scale.ts';
import { measureSearchLatency, summarise } from './search-latency.ts';

/**
 * `npm run bench`: the site's speed, size and search figures. It measures; it asserts nothing.
 *
 * - build: cold (every cache cleared) and warm, with the number of diagrams Mermaid drew;
 * - pages: HTML and JS (gzip) and Lighthouse's mobile run (performance, TBT, CLS, LCP, DOM
 *   elements, main-thread style and layout time) on the diagram-heaviest page and the largest
 *   page without diagrams, in one run so the two are measured on the same machine load; and
 *   style and layout time on a desktop without throttling, the least of several loads, which a
 *   busy machine disturbs less than Lighthouse's figures;
 * - search: hit@1, hit@3 and MRR of every committed query set with the misses; what a reader
 *   waits for, from keystroke to results (median and p95 of the first query on a page, a query
 *   with new words, a query refined by a word); and the index size;
 * - scale: 1,000 generated pages built and indexed in a temporary copy;
 * - go: the Go code check cold (an empty cache of its own: downloads and compiling every library)
 *   and warm (the same cache again).
 *
 * `npm run bench -- --only build,pages,search` runs some sections; `--pages 1000` sets the scale.
 */
const { values } = parseArgs({
  options: {
    only: { type: 'string', default: 'build,pages,search,scale,go' },
    pages: { type: 'string', default: '1000' },
  },
});
const sections = new Set(values.only.split(','));
const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** A question page as a reader lands on it, where the search latency is measured. */
const LATENCY_PAGE = '/kafka/consumers/ordering/';
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

if (sections.has('build')) {
  console.log('Building cold (caches cleared), then warm…');
  await clearBuildCaches(root);
  const cold = await timeBuild(root);
  const warm = await timeBuild(root);
  console.log('\n## Build');
  console.table(
    [
      ['cold', cold],
      ['warm', warm],
    ].map(([name, figures]) => {
      const build = figures as typeof cold;
      return {
        build: name,
        seconds: build.seconds.toFixed(1),
        pages: build.pages,
        'diagrams drawn': build.diagramsDrawn,
        'search index s': build.indexSeconds.toFixed(1),
      };
    }),
  );
}

const server = createStaticServer({ root: dist }).listen(0);
const baseUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
try {
  if (sections.has('pages')) await benchPages();
  if (sections.has('search')) await benchSearch();
} finally {
  server.close();
}

if (sections.has('scale')) {
  const count = Number(values.pages);
  console.log(`\nBuilding a copy with ${count} generated pages…`);
  const scale = await runScale(root, count);
  console.log('\n## Scale');
  console.table([
    {
      'generated pages': scale.generatedPages,
      'pages built (all routes)': scale.totalPages,
      'build + index s': scale.buildSeconds.toFixed(1),
      'of which index s': scale.indexSeconds.toFixed(1),
      'site size': `${(scale.distBytes / 1024 / 1024).toFixed(1)} MB`,
      'index size': `${kb(scale.indexBytes)} in ${scale.indexFiles} files`,
    },
  ]);
}

if (sections.has('go')) {
  // Its own cache, so the cold run is really cold and the developer's cache is left alone.
  const cacheDir = join(root, 'node_modules/.cache/backend-handbook/go-bench');
  console.log(`\nChecking the Go blocks cold (empty cache ${cacheDir}), then warm…`);
  await clearGoCache(cacheDir);
  const cold = await timeGoCheck(root, cacheDir);
  const warm = await timeGoCheck(root, cacheDir);
  await clearGoCache(cacheDir);
  console.log('\n## Go check');
  console.table([
    { run: 'cold', seconds: cold.seconds.toFixed(1) },
    { run: 'warm', seconds: warm.seconds.toFixed(1) },
  ]);
  console.log(`Cold run:\n${cold.summary}\n\nWarm run:\n${warm.summary}`);
}

async function benchPages(): Promise<void> {
  const pages = await pagesByDiagramCount(dist);
  const diagramPage = pages[0];
  const textPage = pages
    .filter((page) => page.diagrams === 0 && !page.path.includes('/tags/'))
    .sort((a, b) => b.size - a.size)[0];
  if (!diagramPage || !textPage) throw new Error('The build has no pages to measure.');
  const weights = await measurePageWeights(baseUrl, dist, [diagramPage.path, textPage.path]);
  const lighthouse: LighthouseFigures[] = [];
  for (const page of [diagramPage, textPage]) lighthouse.push(await runLighthouse(new URL(page.path, baseUrl).href));
  console.log('\n## Pages (gzip; Lighthouse mobile profile, median of 3; "desktop": unthrottled, least of 5 loads)');
  console.table(
    [diagramPage, textPage].map((page, position) => ({
      page: `${page.path} (${page.diagrams} diagrams)`,
      html: kb(weights[position]?.htmlGzip ?? 0),
      js: `${kb(weights[position]?.jsGzip ?? 0)} in ${weights[position]?.jsFiles ?? 0} files`,
      performance: lighthouse[position]?.performance,
      'TBT ms': lighthouse[position]?.totalBlockingTimeMs,
      CLS: lighthouse[position]?.cumulativeLayoutShift,
      'LCP ms': lighthouse[position]?.largestContentfulPaintMs,
      'DOM elements': lighthouse[position]?.domElements,
      'style+layout ms': lighthouse[position]?.styleLayoutMs,
      'style+layout ms, desktop': weights[position]?.styleLayoutMs,
    })),
  );
}

async function benchSearch(): Promise<void> {
  const browser = await chromium.launch({ executablePath: resolveChromiumPath(), args: CHROMIUM_ARGS });
  try {
    const scores: Array<[string, SearchScores]> = [];
    for (const { name, file } of QUERY_SETS) {
      const page = await browser.newPage();
      await page.goto(baseUrl);
      scores.push([name, scoreQueries(await runQueries(page, await readQuerySet(join(root, file))))]);
      await page.close();
    }
    // Ten queries of each set, spread over it, each typed on a page of its own.
    const sample = (await Promise.all(QUERY_SETS.map(({ file }) => readQuerySet(join(root, file))))).flatMap((set) =>
      set.filter((_, position) => position % Math.ceil(set.length / 10) === 0).map(({ query }) => query),
    );
    const latency = await measureSearchLatency(browser, new URL(LATENCY_PAGE, baseUrl).href, sample);
    const index = await directorySize(join(dist, 'pagefind'));
    console.log('\n## Search');
    console.table(
      scores.map(([name, score]) => ({
        queries: `${name} (${score.queries})`,
        'hit@1': percent(score.hitAt1),
        'hit@3': percent(score.hitAt3),
        MRR: score.meanReciprocalRank.toFixed(3),
      })),
    );
    for (const [name, score] of scores) {
      for (const miss of score.misses) {
        console.log(
          `  miss (${name}): "${miss.query}" → ${miss.ranked.slice(0, 3).join(', ')} (wanted ${miss.expect.join(' or ')})`,
        );
      }
    }
    console.log(`\nKeystroke to results, ${sample.length} queries typed on ${LATENCY_PAGE} (ms):`);
    console.table(
      (
        [
          ['first query on a page', latency.first],
          ['query with new words', latency.newWords],
          ['refined by a word', latency.refined],
        ] as const
      ).map(([kind, timings]) => ({ query: kind, ...summarise(timings), max: Math.max(...timings) })),
    );
    console.log(`Index: ${kb(index.bytes)} in ${index.files} files (dist/pagefind)`);
  } finally {
    await browser.close();
  }
}

async function pagesByDiagramCount(directory: string) {
  const files = (await readdir(directory, { recursive: true })).filter(
    (file) => file.endsWith('index.html') && !file.startsWith('pagefind') && !file.startsWith('a/'),
  );
  const pages = [];
  for (const file of files) {
    const html = await readFile(join(directory, file), 'utf8');
    pages.push({
      path: `/${file.replace(/index\.html$/, '')}`,
      diagrams: html.match(/<figure class="diagram"/g)?.length ?? 0,
      size: html.length,
    });
  }
  return pages.sort((a, b) => b.diagrams - a.diagrams || b.size - a.size);
}
