import type { Page } from '@playwright/test';
import { completeResults, expect, referencePage, searchFor, test } from './fixtures.ts';

/** The search page's own search box and the result list it rendered for `query` (and filters). */
const pageSearchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the handbook' });
const pageResultsFor = (page: Page, query: string, filters: Record<string, string> = {}) =>
  page.locator(`[data-search-page] ${completeResults(query, filters)}`);

test('a search is a link: /search/?q= runs it and lists the answers', async ({ page }) => {
  await page.goto('/search/?q=net/http/pprof');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(pageSearchBox(page)).toHaveValue('net/http/pprof');
  const first = pageResultsFor(page, 'net/http/pprof').locator('a[data-result="0"]');
  await expect(first).toHaveAttribute('href', '/go/concurrency/profiling-with-pprof/#go-pprof-http');
  await expect(pageSearchBox(page)).toBeFocused();
});

test('the address follows the search as the reader refines it, filters included', async ({ page }) => {
  await page.goto('/search/');
  await pageSearchBox(page).fill('consumer lag');
  await expect(pageResultsFor(page, 'consumer lag')).toBeAttached();
  await expect(page).toHaveURL('/search/?q=consumer+lag');
  const level = page.getByRole('combobox', { name: 'Level' });
  await expect(level.locator('option', { hasText: 'advanced' })).toHaveCount(1);
  await level.selectOption('advanced');
  await expect(pageResultsFor(page, 'consumer lag', { level: 'advanced' })).toBeAttached();
  await expect(page).toHaveURL('/search/?q=consumer+lag&level=advanced');

  // The same address, opened afresh, restores the query and the filter.
  await page.goto('/search/?q=consumer+lag&level=advanced');
  await expect(level).toHaveValue('advanced');
  const results = pageResultsFor(page, 'consumer lag', { level: 'advanced' });
  await expect(results.locator('a[data-result]').first()).toBeVisible();
  for (const badge of await results.locator('.answer-level').allTextContents()) expect(badge).toBe('advanced');
});

test('the dialog opens the current search as a page', async ({ page }) => {
  await page.goto(referencePage.path);
  await page.getByRole('button', { name: 'Search answers' }).click();
  await searchFor(page, 'ISR');
  await page.getByRole('link', { name: 'Open as a page' }).click();
  await expect(page).toHaveURL('/search/?q=ISR');
  await expect(pageResultsFor(page, 'ISR').locator('a[data-result="0"]')).toHaveAttribute('href', /#kafka-isr$/);
});

test('the 404 page offers the answers for the words of the missing address', async ({ page, problems }) => {
  problems.expectedStatusErrors = 1;
  const response = await page.goto('/kafka/consumer-group-rebalancing/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'This page is not here' })).toBeVisible();
  // The entry is a draft only to keep it from being a page of its own: the page must not say so.
  await expect(page.getByText('This content is a draft')).toHaveCount(0);
  const offered = page.getByRole('region', { name: 'Answers for “kafka consumer group rebalancing”' });
  await expect(offered.getByRole('link').first()).toHaveAttribute('href', /^\/kafka\/consumers\/.*#kafka-/);
  await offered.getByRole('link', { name: 'Search for “kafka consumer group rebalancing” on the search page' }).click();
  await expect(page).toHaveURL('/search/?q=kafka+consumer+group+rebalancing');
});

test('odd input gets a plain answer and never breaks the search', async ({ page }) => {
  await page.goto('/search/');
  const box = pageSearchBox(page);
  const status = page.locator('[data-search-page] [data-search-status]');
  for (const query of [
    'consumer lag '.repeat(40).slice(0, 500),
    '?!.,;:()[]{}<>=-_/\\|*&^%$#@',
    '"unmatched quote kafka',
    'kafka\u0007\u001b\u0000lag',
    'שלום עולם',
    '<img src=x onerror=alert(1)>',
    '   ',
  ]) {
    await box.fill(query);
    const typed = await box.inputValue();
    const list = page.locator('[data-search-page] ol[data-search-results]');
    await expect(list).toHaveAttribute('data-query', typed);
    await expect(list).not.toHaveAttribute('aria-busy');
    if (typed.trim()) await expect(status).not.toBeEmpty();
  }
  // A query with no word is no query: no answers, and the way on.
  await box.fill('?!.,;:');
  await expect(status).toHaveText('No answers for “?!.,;:”.');
  await expect(page.locator('[data-search-page]').getByRole('link', { name: 'Kafka fundamentals' })).toBeVisible();
  // Results are built from text, never from HTML: the pasted markup stayed text.
  await expect(page.locator('[data-search-page] img')).toHaveCount(0);
});

test('a search index that does not load says so and offers the sections', async ({ page, problems }) => {
  problems.expectedStatusErrors = 1;
  await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await page.goto('/search/?q=kafka');
  await expect(page.locator('[data-search-page] [data-search-status]')).toHaveText(
    'The search index could not be loaded. Reload the page to try again, or browse a section.',
  );
  await expect(page.locator('[data-search-page]').getByRole('link', { name: 'Kafka fundamentals' })).toBeVisible();
});
