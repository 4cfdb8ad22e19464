import { THEMES } from '../../src/config/palette.ts';
import { test } from './fixtures.ts';
import { expectSamePixels, openInTheme } from './pixels.ts';

/**
 * What readers see of a diagram, pixel for pixel, in both themes. The reference images were
 * taken from the build that inlined one SVG per theme, before diagrams became one SVG coloured by
 * CSS custom properties: the drawing must not change when the way it is delivered does.
 * Regenerate them (`--update-snapshots`) only for a deliberate change of the drawings.
 */
const diagrams = [
  { name: 'flowchart', path: '/databases/storage/btree-lsm-and-indexes/', index: 0 },
  { name: 'sequence', path: '/security/identity/tls/', index: 0 },
  { name: 'state', path: '/microservices/resilience/circuit-breaker/', index: 0 },
  { name: 'flowchart-with-links', path: '/kafka/consumers/ordering/', index: 0 },
  { name: 'diagram-heaviest-page-first', path: '/distributed/coordination/distributed-locks-and-redlock/', index: 0 },
] as const;

for (const theme of THEMES) {
  for (const { name, path, index } of diagrams) {
    test(`${name} diagram looks the same in the ${theme} theme`, async ({ page }) => {
      await openInTheme(page, path, theme);
      const canvas = page.locator('figure[data-diagram]').nth(index).locator('.diagram__canvas');
      await expectSamePixels(canvas, `${name}-${theme}.png`);
    });
  }
}
