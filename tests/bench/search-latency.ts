import type { Page } from 'playwright-core';

/**
 * Milliseconds from a reader's last keystroke to the answers for the whole query on screen,
 * for each query typed one character at a time into the site's search dialog. The first query
 * also pays for loading the search code and index: callers report it apart.
 */
export async function measureSearchLatency(page: Page, queries: readonly string[]): Promise<number[]> {
  await page.getByRole('button', { name: 'Search answers' }).click();
  const input = page.getByRole('searchbox', { name: 'Search answers' });
  const timings: number[] = [];
  for (const query of queries) {
    await input.fill('');
    await page.evaluate((expected) => {
      const list = document.querySelector('ol[data-search-results]');
      const state = window as unknown as { rendered?: Promise<number> };
      state.rendered = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (list instanceof HTMLElement && list.dataset.query === expected) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        if (list) observer.observe(list, { attributes: true, attributeFilter: ['data-query'] });
      });
    }, query);
    await input.pressSequentially(query.slice(0, -1), { delay: 40 });
    const lastKey = await page.evaluate(() => performance.now());
    await input.press(query.at(-1) ?? ' ');
    const shown = await page.evaluate(() => (window as unknown as { rendered: Promise<number> }).rendered);
    timings.push(Math.round(shown - lastKey));
  }
  return timings;
}
