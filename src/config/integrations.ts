import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import type { AstroIntegration } from 'astro';
import { cspHeaders } from '../build/csp-headers.ts';
import { frontmatterCheck } from '../build/frontmatter-check.ts';
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

/** Short links only redirect (and say `noindex`): they stay out of the sitemap. */
const isShortLink = (page: string) => new URL(page).pathname.includes('/a/');

export const integrations: AstroIntegration[] = [
  frontmatterCheck(),
  // Starlight adds its own sitemap unless one is configured: this one filters redirects out.
  sitemap({ filter: (page) => !isShortLink(page) }),
  starlight(starlightOptions),
  diagramRendererLifecycle(),
  answerSearchIndex(),
  cspHeaders(),
];
