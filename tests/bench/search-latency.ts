import type { Browser, Page } from 'playwright-core';

/** How fast the bench types: a quick typist, about 100 words a minute. */
const KEYSTROKE_MS = 60;

/** Milliseconds a reader waits, from a keystroke to the answers for the query so far on screen. */
export interface SearchLatency {
  /** The first query on a page just opened: the dialog opened with Ctrl+K, the query typed. */
  first: number[];
  /** A later query whose words this page has not searched before. */
  newWords: number[];
  /** A query refined by one more word. */
  refined: number[];
}

/**
 * Types queries into the site's search dialog the way a reader does and times, for each, the
 * last keystroke to the first render of that query's answers: the first screenful, which may
 * come before the rest of the list (the list is marked with the query it answers). Each query is
 * measured on a page of its own, opened on `pageUrl`: first as the page's first query, then a
 * different query of the set (new words), then that query with one more word (refined). Pages
 * share one browser context, as tabs of one reader do (the HTTP cache is warm after the first).
 */
export async function measureSearchLatency(
  browser: Browser,
  pageUrl: string,
  queries: readonly string[],
): Promise<SearchLatency> {
  const context = await browser.newContext();
  const latency: SearchLatency = { first: [], newWords: [], refined: [] };
  try {
    for (const [position, query] of queries.entries()) {
      const other = queries[(position + Math.floor(queries.length / 2)) % queries.length] ?? query;
      const page = await context.newPage();
      await page.goto(pageUrl);
      await page.waitForLoadState('networkidle');
      await recordKeystrokes(page);
      await page.keyboard.press('Control+k');
      const input = page.getByRole('searchbox', { name: 'Search answers' });
      latency.first.push(await typeAndTime(page, query));
      await input.fill('');
      const words = other.split(' ');
      const refinement = words.length > 1 ? words.pop() : 'go';
      latency.newWords.push(await typeAndTime(page, words.join(' ')));
      latency.refined.push(await typeAndTime(page, `${words.join(' ')} ${refinement}`, words.join(' ').length));
      await page.close();
    }
  } finally {
    await context.close();
  }
  return latency;
}

/** Notes the time of every key press, in the page's own clock. */
async function recordKeystrokes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = window as unknown as { lastKey?: number };
    document.addEventListener('keydown', () => (state.lastKey = performance.now()), { capture: true });
  });
}

/**
 * Types `text` from character `from` on (the input holds the characters before it) and returns
 * the milliseconds from the last keystroke to the first render of the answers for `text`.
 */
async function typeAndTime(page: Page, text: string, from = 0): Promise<number> {
  const input = page.getByRole('searchbox', { name: 'Search answers' });
  await input.pressSequentially(text.slice(from, -1), { delay: KEYSTROKE_MS });
  await page.evaluate((expected) => {
    const state = window as unknown as { rendered?: Promise<number> };
    const list = document.querySelector('ol[data-search-results]');
    state.rendered = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (list instanceof HTMLElement && list.dataset.query === expected) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      if (list) observer.observe(list, { attributes: true, attributeFilter: ['data-query'] });
    });
  }, text);
  await page.waitForTimeout(KEYSTROKE_MS);
  await input.press(text.at(-1) ?? ' ');
  return page.evaluate(async () => {
    const state = window as unknown as { rendered: Promise<number>; lastKey: number };
    const shown = await state.rendered;
    return Math.round(shown - state.lastKey);
  });
}

/** The median and the 95th percentile (nearest rank). */
export function summarise(timings: readonly number[]): { median: number; p95: number } {
  const sorted = [...timings].sort((a, b) => a - b);
  const rank = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
  return { median: rank(0.5), p95: rank(0.95) };
}
