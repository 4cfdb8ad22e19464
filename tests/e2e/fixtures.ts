import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Everything a page did that a reader should never see: console errors and foreign requests. */
interface PageProblems {
  consoleErrors: string[];
  offOriginRequests: string[];
  failedRequests: string[];
  /** Responses with an error status, as `404 /path/`. */
  errorResponses: string[];
  /** How many error responses the test causes on purpose (visiting a missing page). */
  expectedStatusErrors: number;
}

/**
 * `page` for the handbook: every test also asserts, when it ends, that the pages it visited
 * logged no console error, requested nothing from another origin and had no failed request.
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const problems: PageProblems = {
        consoleErrors: [],
        offOriginRequests: [],
        failedRequests: [],
        errorResponses: [],
        expectedStatusErrors: 0,
      };
      page.on('console', (message) => {
        // A failed resource is reported, with its address, as an error response below.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          problems.consoleErrors.push(message.text());
        }
      });
      page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
      // The test server sends the production Content-Security-Policy: any violation fails the test.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
        });
      });
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
          problems.offOriginRequests.push(url);
        }
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.errorResponses.push(`${response.status()} ${response.url()}`);
      });
      page.on('requestfailed', (request) => {
        // Leaving a page cancels what it still loads (a redirect, a click before the favicon
        // arrives): that is navigation, not failure. Error statuses, blocked and refused requests count.
        if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
        problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`);
      });
      await use(problems);
      expect(problems.errorResponses, 'error responses').toHaveLength(problems.expectedStatusErrors);
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.offOriginRequests, 'requests to other origins').toEqual([]);
      expect(problems.failedRequests, 'failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The search dialog and its search box, by role. */
export const searchDialog = (page: Page) => page.getByRole('dialog', { name: 'Search answers' });
export const searchBox = (page: Page) => searchDialog(page).getByRole('searchbox', { name: 'Search answers' });

/**
 * Types a query into the open search dialog and returns the result list rendered for exactly
 * this query (and these filters): the dialog marks each render with what it answers, so a test
 * never reads an older render, however long the index takes to load on a busy machine.
 */
export async function searchFor(page: Page, query: string, filters: Record<string, string> = {}): Promise<Locator> {
  await searchBox(page).fill(query);
  const results = resultsFor(page, query, filters);
  await expect(results).toBeAttached();
  return results;
}

/**
 * The result list once it answers `query` with `filters` (set in the dialog's selects) in full:
 * the first screenful comes earlier, with the list marked busy.
 */
export function resultsFor(page: Page, query: string, filters: Record<string, string> = {}): Locator {
  return searchDialog(page).locator(completeResults(query, filters));
}

/** The selector of a result list that shows every answer for `query` and `filters`. */
export function completeResults(query: string, filters: Record<string, string> = {}): string {
  const escaped = query.replaceAll('"', '\\"');
  return `ol[data-search-results][data-query="${escaped}"][data-filters="${new URLSearchParams(filters).toString()}"]:not([aria-busy])`;
}

/** The reference page every basic test uses, with answers, a Go block and a diagram. */
export const referencePage = {
  path: '/kafka/consumers/ordering/',
  sectionPath: '/kafka/consumers/',
  sectionLabel: 'Consumers and delivery guarantees',
  answerId: 'kafka-ordering-keys',
  question: 'How do you choose a partition key to keep related events in order?',
};

/** Two frames, so whatever rendering the last step brought about has been laid out. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Find in page (`window.find`) reaches text inside `skipped`, an element still off screen and not
 * drawn (`content-visibility: auto`), and brings it into view. It searches for the first `parts`
 * element of `skipped` whose text is longer than `minLength` and appears once on the whole page,
 * so the first match can only be the one in `skipped`.
 */
export async function expectFindInPageReaches(skipped: Locator, parts: string, minLength: number): Promise<void> {
  await expect(skipped).not.toBeInViewport();
  const text = await skipped.evaluate(
    (element, { parts, minLength }) => {
      const everything = document.body.textContent ?? '';
      const candidates = [...element.querySelectorAll(parts)].map((part) => part.textContent?.trim() ?? '');
      return candidates.find((candidate) => candidate.length > minLength && everything.split(candidate).length === 2);
    },
    { parts, minLength },
  );
  expect(text).toBeTruthy();
  const matched = await skipped
    .page()
    .evaluate((searched) => (window as unknown as { find(text: string): boolean }).find(searched), text ?? '');
  expect(matched).toBe(true);
  expect(await skipped.evaluate((element) => element.contains(window.getSelection()?.anchorNode ?? null))).toBe(true);
  await expect(skipped).toBeInViewport();
}
