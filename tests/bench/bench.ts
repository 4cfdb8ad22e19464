import { readdir, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStaticServer } from '../support/static-server.ts';
import { clearBuildCaches, directorySize, timeBuild } from './build.ts';
import { type LighthouseFigures, runLighthouse } from './lighthouse.ts';
import { measurePageWeights } from './measure-pages.ts';

/**
 * `npm run bench`: prints the site's speed and size figures. It measures; it asserts nothing.
 * Builds cold (no caches) and warm, then weighs and profiles the diagram-heaviest page and a
 * text page with Lighthouse's mobile profile.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log('Building cold (caches cleared)…');
await clearBuildCaches(root);
const cold = await timeBuild(root);
console.log('Building warm…');
const warm = await timeBuild(root);

const pages = await pagesByDiagramCount(dist);
const diagramPage = pages[0];
const textPage = pages.filter((page) => page.diagrams === 0).sort((a, b) => b.size - a.size)[0];
if (!diagramPage || !textPage) throw new Error('The build has no pages to measure.');

const server = createStaticServer({ root: dist }).listen(0);
const { port } = server.address() as AddressInfo;
const baseUrl = `http://localhost:${port}`;
try {
  const weights = await measurePageWeights(baseUrl, dist, [diagramPage.path, textPage.path]);
  const lighthouse: LighthouseFigures[] = [];
  for (const page of [diagramPage, textPage]) lighthouse.push(await runLighthouse(new URL(page.path, baseUrl).href));
  const index = await directorySize(join(dist, 'pagefind'));

  console.log('\n## Build');
  console.table([
    { build: 'cold', seconds: cold.seconds.toFixed(1), pages: cold.pages, 'diagrams drawn': cold.diagramsDrawn },
    { build: 'warm', seconds: warm.seconds.toFixed(1), pages: warm.pages, 'diagrams drawn': warm.diagramsDrawn },
  ]);
  console.log('\n## Pages (gzip)');
  console.table(
    [diagramPage, textPage].map((page, position) => {
      const weight = weights[position];
      const score = lighthouse[position];
      return {
        page: `${page.path} (${page.diagrams} diagrams)`,
        html: kb(weight?.htmlGzip ?? 0),
        js: `${kb(weight?.jsGzip ?? 0)} in ${weight?.jsFiles ?? 0} files`,
        'lighthouse (mobile)': score?.performance,
        'TBT ms': score?.totalBlockingTimeMs,
        CLS: score?.cumulativeLayoutShift,
        'LCP ms': score?.largestContentfulPaintMs,
      };
    }),
  );
  console.log(`\n## Search index\n${kb(index.bytes)} in ${index.files} files (dist/pagefind)`);
} finally {
  server.close();
}

async function pagesByDiagramCount(directory: string) {
  const files = (await readdir(directory, { recursive: true })).filter(
    (file) => file.endsWith('index.html') && !file.startsWith('pagefind'),
  );
  const pages = [];
  for (const file of files) {
    const html = await readFile(join(directory, file), 'utf8');
    pages.push({
      path: `/${relative('.', file).replace(/index\.html$/, '')}`,
      diagrams: html.match(/<figure class="diagram"/g)?.length ?? 0,
      size: html.length,
    });
  }
  return pages.sort((a, b) => b.diagrams - a.diagrams);
}
