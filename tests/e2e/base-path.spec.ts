import { readFileSync } from 'node:fs';
import { readBuildRecord } from '../../src/build/build-record.ts';
import { BASE_PATH_BUILD } from '../support/builds.ts';
import { expect, referencePage, test } from './fixtures.ts';

/**
 * The site built for a project path (`/handbook/`, as on GitHub Pages) works there: every page
 * and its assets load, search finds answers and links under the path, short links forward, and
 * links drawn in diagrams carry the path. Paths here are relative to the base URL.
 */
const base = BASE_PATH_BUILD.base;
const sitemap = readFileSync(`${BASE_PATH_BUILD.dir}/sitemap-0.xml`, 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url ?? '').pathname);
const relative = (path: string) => path.replace(/^\//, '');

test('every page of the sitemap and the assets it references load under the base path', async ({ request }) => {
  test.setTimeout(60_000 + paths.length * 10_000);
  expect(paths.length).toBeGreaterThan(150);
  expect(paths.every((path) => path.startsWith(base))).toBe(true);
  // Over HTTP, not in a browser: what is checked is that each address answers, and the browser
  // tests below and the crawl already render these templates.
  const assets = new Set<string>();
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    for (const asset of assetsOf(await response.text())) assets.add(asset);
  }
  expect(assets.size).toBeGreaterThan(3);
  for (const asset of assets) {
    expect(asset.startsWith(base), `${asset} is under ${base}`).toBe(true);
    expect((await request.get(asset)).status(), asset).toBe(200);
  }
});

test('search finds answers and links to them under the base path', async ({ page }) => {
  await page.goto('');
  await page.keyboard.press('Control+k');
  await page.getByRole('searchbox', { name: 'Search answers' }).fill('partition key');
  const first = page.locator('a[data-result="0"]');
  await expect(first).toHaveAttribute('href', `${base}${relative(referencePage.path)}#${referencePage.answerId}`);
  await first.click();
  await expect(page.getByRole('heading', { level: 2, name: referencePage.question })).toBeInViewport();
});

test('short links forward under the base path, with and without JavaScript', async ({ page, browser, baseURL }) => {
  const target = `${base}${relative(referencePage.path)}#${referencePage.answerId}`;
  await page.goto(`a/${referencePage.answerId}/`);
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
  const noScript = await context.newPage();
  await noScript.goto(`a/${referencePage.answerId}/`);
  await expect(noScript).toHaveURL(new RegExp(`${target}$`));
  await context.close();
});

test('links drawn in diagrams, tag links and the copy menu carry the base path', async ({ page }) => {
  await page.goto(relative(referencePage.path));
  const diagramLink = page.locator('figure[data-diagram] .diagram__drawing svg a').first();
  await expect(diagramLink).toHaveAttribute('xlink:href', new RegExp(`^${base}`));
  await expect(page.locator('.answer-meta a').first()).toHaveAttribute('href', new RegExp(`^${base}levels/`));
  await page.getByRole('button', { name: `Copy link to “${referencePage.question}”` }).click();
  await expect(page.getByRole('button', { name: /Copy short link/ })).toContainText(
    `${base}a/${referencePage.answerId}/`,
  );
});

test('answers copy as Markdown under the base path; without REPO_URL there is no edit or fix link', async ({
  page,
  context,
  baseURL,
}) => {
  const { repoUrl } = readBuildRecord(BASE_PATH_BUILD.dir, 'npm run build:base');
  expect(repoUrl, `${BASE_PATH_BUILD.dir}/ was built with REPO_URL: rebuild it with \`npm run build:base\``).toBeNull();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(relative(referencePage.path));
  await page.getByRole('button', { name: `Copy link to “${referencePage.question}”` }).click();
  await expect(page.getByRole('button', { name: 'Copy full answer' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Suggest a fix' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Copy answer as Markdown' }).click();
  await expect(page.getByRole('status')).toHaveText('Answer copied as Markdown');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith(`## ${referencePage.question}\n\n`)).toBe(true);
  expect(copied.endsWith(`Permanent link: ${baseURL}a/${referencePage.answerId}/\n`)).toBe(true);
  // The page's copy links under the base path too, and llms.txt lists copies there.
  const copy = readFileSync(`${BASE_PATH_BUILD.dir}${referencePage.path}index.md`, 'utf8');
  expect(copy).toMatch(new RegExp(`\\]\\(https?://[^/)]+${base}kafka/`));
  expect(copy).not.toMatch(/\]\(https?:\/\/[^/)]+\/kafka\//);
  const llms = readFileSync(`${BASE_PATH_BUILD.dir}/llms.txt`, 'utf8');
  expect(llms).toContain(`${base}${relative(referencePage.path)}index.md)`);
});

/** Same-origin scripts, style sheets, icons and images a page references (absolute paths). */
function assetsOf(html: string): string[] {
  const references = html.matchAll(/<(?:script|img)[^>]* src="([^"]+)"|<link[^>]* href="([^"]+)"/g);
  return [...references]
    .map(([, src, href]) => src ?? href ?? '')
    .filter((url) => url.startsWith('/') && !url.startsWith('//') && !/\/$/.test(url));
}
