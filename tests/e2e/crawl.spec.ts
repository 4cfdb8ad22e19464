import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { devices } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Every page of the sitemap, on a desktop and a phone, in the dark and the light theme: no
 * console error, no failed or foreign request (the fixture checks those), and no axe violation
 * of WCAG 2.1 A and AA. Pages are grouped so the report stays readable and the two workers share
 * the load.
 */
const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url ?? '').pathname);
const GROUP_SIZE = 20;
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const groups = Array.from({ length: Math.ceil(paths.length / GROUP_SIZE) }, (_, index) =>
  paths.slice(index * GROUP_SIZE, (index + 1) * GROUP_SIZE),
);

const viewports = {
  desktop: { viewport: devices['Desktop Chrome'].viewport },
  phone: { viewport: devices['Pixel 7'].viewport, isMobile: true, hasTouch: true },
};

for (const [name, options] of Object.entries(viewports)) {
  test.describe(`${name}`, () => {
    test.use(options);
    for (const [index, group] of groups.entries()) {
      test(`pages ${index * GROUP_SIZE + 1}–${index * GROUP_SIZE + group.length} of ${paths.length}`, async ({
        page,
      }) => {
        test.setTimeout(group.length * 15_000);
        for (const path of group) {
          await page.goto(path);
          for (const theme of ['dark', 'light'] as const) {
            await page.evaluate((value) => {
              document.documentElement.dataset.theme = value;
            }, theme);
            // Everything is checked in the dark theme; the light theme changes only colours.
            // Legacy mode runs axe in the page itself: no extra page per analysis, several times faster.
            const axe = new AxeBuilder({ page }).setLegacyMode().withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
            const { violations } = await (theme === 'dark' ? axe : axe.withRules(COLOUR_RULES)).analyze();
            const found = violations.map(
              (violation) =>
                `${violation.id}: ${violation.help} (${violation.nodes
                  .map((node) => node.target.join(' '))
                  .slice(0, 3)
                  .join(' | ')})`,
            );
            expect(found, `${path} in ${theme} on ${name}`).toEqual([]);
          }
        }
      });
    }
  });
}

test('the sitemap lists every page and no short link', () => {
  expect(paths.length).toBeGreaterThan(150);
  expect(paths.filter((path) => path.startsWith('/a/'))).toEqual([]);
  expect(paths).toContain('/kafka/consumers/ordering/');
});
