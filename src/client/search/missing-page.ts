import { searchAnswers } from './engine.ts';
import { element, resultItem } from './render.ts';
import { searchPageUrl } from './search-url.ts';

/** How many answers the 404 page offers. */
const OFFERED = 5;

/**
 * The words of a missing address, as a query: `/kafka/consumer-rebalancing/` → "kafka consumer
 * rebalancing". The base path, file endings and numbers-only parts say nothing.
 */
export function wordsOfPath(pathname: string, base: string): string {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: keep the raw text.
  }
  return decoded
    .replace(/\.(html?|md|mdx|php|aspx?)$/i, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !/^\d+$/.test(word) && word.toLowerCase() !== 'index')
    .join(' ');
}

/**
 * The 404 page searches the words of the address that was not found and offers the best answers,
 * with a link to the same search as a page. It shows nothing when the address has no words or
 * nothing matches; without JavaScript the section stays hidden.
 */
export async function offerAnswersForMissingPage(section: HTMLElement, base: string): Promise<void> {
  const query = wordsOfPath(location.pathname, base);
  if (!query) return;
  const hits = (await searchAnswers(base, query, {}).catch(() => [])).slice(0, OFFERED);
  if (hits.length === 0) return;
  section.querySelector('[data-missing-query]')?.replaceChildren(`“${query}”`);
  section.querySelector('ol')?.replaceChildren(...hits.map((hit, position) => resultItem(hit, query, position)));
  section
    .querySelector('[data-missing-search-link]')
    ?.replaceChildren(
      element('a', { href: searchPageUrl(base, query, {}) }, [`Search for “${query}” on the search page`]),
    );
  section.hidden = false;
}
