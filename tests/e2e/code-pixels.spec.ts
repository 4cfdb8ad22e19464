import { expect, test } from './fixtures.ts';

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

for (const theme of ['light', 'dark'] as const) {
  for (const { name, path, language } of blocks) {
    test(`${name} code block looks the same in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // The fixed page header would cover part of a block taller than the window.
      await page.addStyleTag({ content: 'header { visibility: hidden !important; }' });
      const block = page.locator(`.expressive-code pre[data-language="${language}"]`).first();
      await expect(block).toHaveScreenshot(`${name}-${theme}.png`, {
        animations: 'disabled',
        maxDiffPixelRatio: 0.002,
      });
    });
  }
}
