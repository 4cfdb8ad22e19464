import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import type { AstroIntegration } from 'astro';
import { buildRecord } from '../build/build-record.ts';
import { imageCards } from '../build/cards/image-cards.ts';
import { cspHeaders } from '../build/csp-headers.ts';
import { frontmatterCheck } from '../build/frontmatter-check.ts';
import { markdownCopies } from '../build/markdown-copies.ts';
import { noindexPages } from '../build/noindex-pages.ts';
import { answerSearchIndex } from '../build/search-index.ts';
import { diagramRenderer } from './markdown.ts';
import { starlightOptions } from './starlight.ts';

/** Closes the build's Chromium once every page is rendered and reports what it drew. */
function diagramRendererLifecycle(): AstroIntegration {
  return {
    name: 'backend-handbook:diagram-renderer',
    hooks: {
      'astro:build:generated': async ({ logger }) => {
        logger.info(`Diagrams drawn by Mermaid this build: ${diagramRenderer.renderedCount} (others from cache).`);
        await diagramRenderer.close();
      },
      'astro:server:done': async () => {
        await diagramRenderer.close();
      },
    },
  };
}

/** Pages that only redirect say `noindex`: they stay out of the sitemap. */
const noindex = noindexPages();

export const integrations: AstroIntegration[] = [
  frontmatterCheck(),
  // Listed before the sitemap, so its build:done has read the pages when the sitemap filters them.
  noindex.integration,
  // Starlight adds its own sitemap unless one is configured: this one filters redirects out.
  sitemap({ filter: (page) => !noindex.has(page) }),
  starlight(starlightOptions),
  diagramRendererLifecycle(),
  answerSearchIndex(),
  markdownCopies(),
  imageCards(),
  cspHeaders(),
  buildRecord(),
];
