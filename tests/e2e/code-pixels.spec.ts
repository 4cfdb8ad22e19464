import { THEMES } from '../../src/config/palette.ts';
import { test } from './fixtures.ts';
import { expectSamePixels, openInTheme } from './pixels.ts';

/**
 * What readers see of a code block, pixel for pixel, in both themes. The reference images were
 * taken from the build in which every token, plain text included, had an element of its own:
 * the code must not look different when plain text stops being wrapped. Regenerate them
 * (`--update-snapshots`) only for a deliberate change of how code looks.
 */
const blocks = [
  { name: 'go-long', path: '/distributed/coordination/distributed-locks-and-redlock/', language: 'go' },
  { name: 'yaml', path: '/reliability/practice/slos-and-error-budgets/', language: 'yaml' },
  { name: 'shell', path: '/go/testing-http/testing/', language: 'sh' },
] as const;

for (const theme of THEMES) {
  for (const { name, path, language } of blocks) {
    test(`${name} code block looks the same in the ${theme} theme`, async ({ page }) => {
      await openInTheme(page, path, theme);
      const block = page.locator(`.expressive-code pre[data-language="${language}"]`).first();
      await expectSamePixels(block, `${name}-${theme}.png`);
    });
  }
}
