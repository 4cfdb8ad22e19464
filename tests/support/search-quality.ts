import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

export interface SearchQuery {
  query: string;
  /** Answer ids that should come first: any of them counts as a hit. */
  expect: string[];
  kind: string;
}

export interface QueryOutcome extends SearchQuery {
  /** Answer ids in the order the index ranked them (the top ten). */
  ranked: string[];
  /** 1-based rank of the first expected id, or undefined when it is not in the top ten. */
  rank: number | undefined;
}

export interface SearchScores {
  queries: number;
  hitAt1: number;
  hitAt3: number;
  meanReciprocalRank: number;
  misses: QueryOutcome[];
}

/** The committed query sets: each must land on an expected answer in the top three >= 90% of the time. */
export const QUERY_SETS = [
  { name: 'main', file: 'tests/fixtures/search-queries.json' },
  { name: 'blind', file: 'tests/fixtures/search-queries-blind.json' },
  { name: 'blind, new topics', file: 'tests/fixtures/search-queries-blind-new.json' },
  { name: 'pasted text', file: 'tests/fixtures/search-queries-pasted.json' },
] as const;

export async function readQuerySet(path: string): Promise<SearchQuery[]> {
  return (JSON.parse(await readFile(path, 'utf8')) as { queries: SearchQuery[] }).queries;
}

/**
 * Types each query into the site's search dialog, as a reader would, and reads the answers it
 * lists (their `#ids`, in order). The page must be a built site page; the dialog opens here. The
 * first query is typed by Playwright; the rest are set in the page itself (the value, then the
 * input event a keystroke fires), each awaiting the render marked with its query, which saves a
 * round trip to the browser per query and keeps a set of hundreds to seconds.
 */
export async function runQueries(page: Page, queries: readonly SearchQuery[]): Promise<QueryOutcome[]> {
  await page.getByRole('button', { name: 'Search answers' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search answers' });
  const input = dialog.getByRole('searchbox', { name: 'Search answers' });
  const [first, ...rest] = queries;
  if (!first) return [];
  await input.fill(first.query);
  // The list is busy while answers past the first screenful load: the ranking is read once it is done.
  const results = dialog.locator(
    `ol[data-search-results][data-query="${first.query.replaceAll('"', '\\"')}"]:not([aria-busy])`,
  );
  await results.waitFor({ state: 'attached' });
  const firstRanked = await results
    .locator('a[data-result]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const restRanked = await page.evaluate(
    async (texts) => {
      const box = document.querySelector<HTMLInputElement>('dialog input[type="search"]');
      const list = document.querySelector<HTMLOListElement>('dialog ol[data-search-results]');
      if (!box || !list) throw new Error('The search dialog has no search box or result list');
      const ranked: string[][] = [];
      for (const text of texts) {
        const rendered = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (list.dataset.query !== text || list.hasAttribute('aria-busy')) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(list, { attributes: true, attributeFilter: ['data-query', 'aria-busy'] });
        });
        box.value = text;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        await rendered;
        ranked.push([...list.querySelectorAll('a[data-result]')].map((link) => link.getAttribute('href') ?? ''));
      }
      return ranked;
    },
    rest.map((query) => query.query),
  );
  return [firstRanked, ...restRanked].map((hrefs, position) => {
    const query = queries[position] as SearchQuery;
    const ranked = hrefs.map((href) => href.split('#')[1] ?? '').slice(0, 10);
    const index = ranked.findIndex((id) => query.expect.includes(id));
    return { ...query, ranked, rank: index === -1 ? undefined : index + 1 };
  });
}

export function scoreQueries(outcomes: readonly QueryOutcome[]): SearchScores {
  const within = (k: number) => outcomes.filter((outcome) => outcome.rank !== undefined && outcome.rank <= k).length;
  const reciprocal = outcomes.reduce((sum, outcome) => sum + (outcome.rank ? 1 / outcome.rank : 0), 0);
  return {
    queries: outcomes.length,
    hitAt1: within(1) / outcomes.length,
    hitAt3: within(3) / outcomes.length,
    meanReciprocalRank: reciprocal / outcomes.length,
    misses: outcomes.filter((outcome) => outcome.rank === undefined || outcome.rank > 3),
  };
}
