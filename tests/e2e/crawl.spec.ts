import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { devices, type Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Every page of the sitemap, on a desktop and a phone, in the dark and the light theme: no
 * console error, no failed or foreign request (the fixture checks those), and no axe violation
 * of WCAG 2.1 A and AA. Pages are grouped so the report stays readable and the two workers share
 * the load.
 *
 * Each page gets the whole rule set in the dark theme on both screens, and the colour rules in the
 * light theme on the desktop. The light colours of the phone layout are checked on one page of
 * every template: the site has no colour that depends on the screen, so the rest would repeat them.
 */
const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url ?? '').pathname);
const GROUP_SIZE = 20;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** One page of each template: splash, question page with diagrams and code, section index, listings, glossary, guide. */
const TEMPLATE_PAGES = new Set([
  '/',
  '/kafka/consumers/ordering/',
  '/kafka/consumers/',
  '/tags/',
  '/tags/kafka/',
  '/levels/',
  '/levels/basic/',
  '/glossary/',
  '/guide/',
]);
const groups = Array.from({ length: Math.ceil(paths.length / GROUP_SIZE) }, (_, index) =>
  paths.slice(index * GROUP_SIZE, (index + 1) * GROUP_SIZE),
);

const viewports = {
  desktop: { viewport: devices['Desktop Chrome'].viewport },
  phone: { viewport: devices['Pixel 7'].viewport, isMobile: true, hasTouch: true },
};

/** axe's violations on the page as it is now; legacy mode runs in the page, with no extra page per run. */
async function violations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG);
  const results = await (rules ? builder.withRules(rules) : builder).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}

for (const [name, options] of Object.entries(viewports)) {
  test.describe(name, () => {
    test.use(options);
    for (const [index, group] of groups.entries()) {
      const label = `pages ${index * GROUP_SIZE + 1}–${index * GROUP_SIZE + group.length} of ${paths.length}`;
      test(label, async ({ page }) => {
        test.setTimeout(group.length * 15_000);
        for (const path of group) {
          await page.goto(path);
          for (const theme of ['dark', 'light'] as const) {
            if (theme === 'light' && name === 'phone' && !TEMPLATE_PAGES.has(path)) continue;
            await page.evaluate((value) => {
              document.documentElement.dataset.theme = value;
            }, theme);
            const found = await violations(page, theme === 'light' ? COLOUR_RULES : undefined);
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
  for (const path of TEMPLATE_PAGES) expect(paths).toContain(path);
});
