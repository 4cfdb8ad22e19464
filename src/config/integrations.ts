import starlight from '@astrojs/starlight';
import type { AstroIntegration } from 'astro';
import { cspHeaders } from '../build/csp-headers.ts';
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

export const integrations: AstroIntegration[] = [
  starlight(starlightOptions),
  diagramRendererLifecycle(),
  answerSearchIndex(),
  cspHeaders(),
];
