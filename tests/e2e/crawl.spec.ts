import { readFileSync } from 'node:fs';
import { devices } from '@playwright/test';
import { samplePerTemplate, templateOf } from '../support/page-templates.ts';
import { setTheme, violations } from './axe.ts';
import { expect, referencePage, test } from './fixtures.ts';

/**
 * Every page of the sitemap, once in full: no console error, no failed or foreign request (the
 * fixture checks those), and no axe violation of any rule, best practices included, on a desktop
 * in the dark theme. The other screen and theme combinations (desktop light, phone dark and
 * light) run the same checks on a few pages of every template: the layout and colours of a
 * template do not depend on its text, so the rest would repeat them. This keeps the crawl's
 * cost to about one visit per page as the handbook grows.
 */
const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url ?? '').pathname);
const sample = samplePerTemplate(paths, ['/', referencePage.path, referencePage.sectionPath]);
const GROUP_SIZE = 20;

const viewports = {
  desktop: { viewport: devices['Desktop Chrome'].viewport },
  phone: { viewport: devices['Pixel 7'].viewport, isMobile: true, hasTouch: true },
};

/**
 * A bound per page and theme that only catches a hang. An answer page takes 1–2 s idle; with three
 * CI runs side by side on two cores (load 40) it took up to 24 s, past the old bound of 20 s.
 */
const PER_CHECK_MS = 60_000;

/** Visits each path and checks it in the given themes; the timeout is a bound per page, not a speed target. */
function crawl(label: string, group: readonly string[], themes: readonly ('dark' | 'light')[]): void {
  test(label, async ({ page }) => {
    test.setTimeout(30_000 + group.length * themes.length * PER_CHECK_MS);
    for (const path of group) {
      await page.goto(path);
      for (const theme of themes) {
        await setTheme(page, theme);
        // Soft: the group goes on, so one run reports every page with a problem, not only the first.
        expect.soft(await violations(page), `${path} in ${theme}`).toEqual([]);
      }
    }
  });
}

const inGroups = (list: readonly string[]) =>
  Array.from({ length: Math.ceil(list.length / GROUP_SIZE) }, (_, index) =>
    list.slice(index * GROUP_SIZE, (index + 1) * GROUP_SIZE),
  );

test.describe('desktop', () => {
  test.use(viewports.desktop);
  for (const [index, group] of inGroups(paths).entries()) {
    const first = index * GROUP_SIZE + 1;
    crawl(`every page in full, dark: ${first}–${first + group.length - 1} of ${paths.length}`, group, ['dark']);
  }
  crawl(`light theme on ${sample.length} pages sampled per template`, sample, ['light']);
});

test.describe('phone', () => {
  test.use(viewports.phone);
  for (const [index, group] of inGroups(sample).entries()) {
    crawl(`dark and light on sampled pages, group ${index + 1}`, group, ['dark', 'light']);
  }
});

test('the sitemap lists every page and no redirect, and the sample covers every template', () => {
  expect(paths.length).toBeGreaterThan(150);
  expect(paths.filter((path) => path.startsWith('/a/'))).toEqual([]);
  // Short links, forwarding tag addresses and moved pages only redirect, and say so.
  const redirects = paths.filter((path) =>
    readFileSync(`dist${path}index.html`, 'utf8').includes('<meta name="robots" content="noindex"'),
  );
  expect(redirects).toEqual([]);
  const templates = new Set(paths.map(templateOf));
  expect(new Set(sample.map(templateOf))).toEqual(templates);
  const expected = [
    'home',
    'guide',
    'glossary',
    'practice',
    'my-answers',
    'tags-index',
    'tag',
    'levels-index',
    'level',
    'section',
    'question-page',
  ];
  for (const template of expected) expect(templates).toContain(template);
  expect(sample.length).toBeLessThan(paths.length / 3);
});
