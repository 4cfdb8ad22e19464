import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import * as pagefind from 'pagefind';
import { fixturePath } from '../support/fixture-project.ts';
import { DEV_FIXTURE, devPage, editDevPage, restoreDevPage } from './dev-fixture.ts';

/**
 * `npm run dev` as a writer uses it: pages with their diagrams, search from the last build's
 * index, Astro's error overlay (with file and line) for bad input, and recovery on the next save.
 */
test.afterEach(restoreDevPage);

const overlay = (page: Page) => page.locator('vite-error-overlay');

/**
 * Opens the dev page and waits until Vite's client in it has connected to the dev server: an
 * edit saved before that never reaches the page (seen on a loaded machine), so neither the
 * update nor the overlay would show.
 */
async function openLive(page: Page): Promise<void> {
  const connected = page.waitForEvent('console', (message) => message.text().startsWith('[vite] connected'));
  await page.goto(devPage.path);
  await connected;
}

/**
 * Breaks the page while it is open, expects the overlay with the message and the `file:line` it
 * points at, then fixes the page and expects it back on its own (the dev server reloads it).
 */
async function expectOverlayThenRecovery(
  page: Page,
  breakIt: (source: string) => string,
  message: RegExp,
  location: RegExp,
): Promise<void> {
  await openLive(page);
  await expect(page.getByRole('heading', { name: devPage.question })).toBeVisible();
  await editDevPage(breakIt);
  await expect(overlay(page)).toContainText(message);
  await expect(overlay(page).getByRole('heading', { name: location })).toBeVisible();
  await restoreDevPage();
  await expect(overlay(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: devPage.question })).toBeVisible();
}

test('a page renders its answers and draws its diagrams', async ({ page }) => {
  await page.goto(devPage.path);
  await expect(page.getByRole('heading', { name: devPage.question })).toBeVisible();
  await expect(page.getByRole('img', { name: devPage.diagramTitle })).toBeVisible();
});

test('a saved edit shows in the browser without a restart', async ({ page }) => {
  await openLive(page);
  await expect(page.getByText('The page as it is now')).toBeVisible();
  await editDevPage((source) => source.replace('The page as it is now', 'The page as just edited'));
  await expect(page.getByText('The page as just edited')).toBeVisible();
});

test('a diagram Mermaid cannot parse shows the overlay with file and line, and recovers', async ({ page }) => {
  await expectOverlayThenRecovery(
    page,
    (source) => source.replace('W[Writer] --> R[Reader]', 'W[Writer] -->'),
    /Mermaid could not parse this diagram: Parse error on line 5/,
    /dev-page\.mdx:16\b/,
  );
});

test('an answer id used twice shows the overlay with both places, and recovers', async ({ page }) => {
  await expectOverlayThenRecovery(
    page,
    (source) => source.replace('#dev-second', `#${devPage.answerId}`),
    /Answer id "dev-answer" is already used at src\/content\/docs\/kafka\/consumers\/dev-page\.mdx:8/,
    /dev-page\.mdx:19\b/,
  );
});

test('invalid frontmatter shows the overlay with file and line, and recovers', async ({ page }) => {
  await expectOverlayThenRecovery(
    page,
    (source) => source.replace('  order: 1', '  order: first'),
    /src\/content\/docs\/kafka\/consumers\/dev-page\.mdx:5: frontmatter "sidebar\.order"/,
    /dev-page\.mdx:5\b/,
  );
});

test('search says there is no index before the first build, then searches the last build’s', async ({ page }) => {
  const indexDirectory = join(fixturePath(DEV_FIXTURE), 'dist', 'pagefind');
  await rm(indexDirectory, { recursive: true, force: true });
  await page.goto(devPage.path);
  await page.getByRole('button', { name: 'Search answers' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search answers' });
  await dialog.getByRole('searchbox', { name: 'Search answers' }).fill('dev server');
  await expect(dialog.getByRole('status')).toHaveText(/No search index yet.*npm run build/);

  await writeIndex(indexDirectory);
  await page.reload();
  await page.getByRole('button', { name: 'Search answers' }).click();
  await dialog.getByRole('searchbox', { name: 'Search answers' }).fill('dev server');
  await expect(dialog.getByRole('link', { name: new RegExp(devPage.question) })).toHaveAttribute(
    'href',
    `${devPage.path}#${devPage.answerId}`,
  );
  await expect(dialog.getByRole('status')).toHaveText(/From the last build’s index/);
});

/** A one-answer index where `npm run build` would write it. */
async function writeIndex(outputPath: string): Promise<void> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error('Pagefind could not start');
  try {
    await index.addCustomRecord({
      url: `${devPage.path}#${devPage.answerId}`,
      content: `${devPage.question} The dev server shows every save.`,
      language: 'en',
      meta: { title: devPage.question, summary: 'Every save.', section: 'Consumers', level: 'basic' },
    });
    await index.writeFiles({ outputPath });
  } finally {
    await pagefind.close();
  }
}
