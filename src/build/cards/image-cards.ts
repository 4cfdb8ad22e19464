import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { requestedCards } from './card-content.ts';
import { writeCards } from './card-renderer.ts';

export const CARD_CACHE_DIR = 'node_modules/.cache/backend-handbook/cards';

/**
 * Draws the image cards (`og:image`) the pages asked for while they were rendered, after the
 * build, from the disk cache where it can.
 */
export function imageCards(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'backend-handbook:image-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        requestedCards().clear();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const cards = requestedCards();
        const started = performance.now();
        const { drawn, cached, drawMs } = await writeCards(cards, {
          outDir: fileURLToPath(dir),
          cacheDir: fileURLToPath(new URL(CARD_CACHE_DIR, `file://${root}/`)),
          root,
        });
        const perCard = drawn > 0 ? ` (${Math.round(drawMs / drawn)} ms each)` : '';
        logger.info(
          `Image cards: ${cards.size} written in ${Math.round(performance.now() - started)} ms; ${drawn} drawn${perCard}, ${cached} from cache.`,
        );
      },
    },
  };
}
