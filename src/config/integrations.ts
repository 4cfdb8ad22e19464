import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import type { AstroIntegration } from 'astro';
import { cspHeaders } from '../build/csp-headers.ts';
import { frontmatterCheck } from '../build/frontmatter-check.ts';
import { answerSearchIndex } from '../build/search-index.ts';
import { getSiteAnswers } from '../lib/site-answers.ts';
import { tagRedirects } from '../lib/tag-vocabulary.ts';
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

/** Tags without a page of their own: their addresses only forward. */
const forwardingTags = new Set(tagRedirects(await getSiteAnswers()).map(({ tag }) => tag));

/** Short links and tag addresses that only redirect (and say `noindex`) stay out of the sitemap. */
const isRedirect = (page: string) => {
  const { pathname } = new URL(page);
  return pathname.includes('/a/') || forwardingTags.has(/\/tags\/([^/]+)\/$/.exec(pathname)?.[1] ?? '');
};

export const integrations: AstroIntegration[] = [
  frontmatterCheck(),
  // Starlight adds its own sitemap unless one is configured: this one filters redirects out.
  sitemap({ filter: (page) => !isRedirect(page) }),
  starlight(starlightOptions),
  diagramRendererLifecycle(),
  answerSearchIndex(),
  cspHeaders(),
];
