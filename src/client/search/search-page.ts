import { attachSearch } from './dialog.ts';
import type { Filters } from './filters.ts';
import { searchParams } from './search-url.ts';

const FILTER_PARAMS = ['section', 'level', 'tag'] as const;

/**
 * The search page (`/search/?q=…&section=…&level=…&tag=…`): runs the search its address names
 * and keeps the address in step as the reader refines it, so a search can be linked. Without
 * JavaScript the panel stays hidden and the page says what it needs (src/pages/search.astro).
 */
export function initSearchPage(panel: HTMLElement, base: string): void {
  const params = new URLSearchParams(location.search);
  const filters: Filters = Object.fromEntries(
    FILTER_PARAMS.flatMap((name) => (params.get(name) ? [[name, params.get(name)]] : [])),
  );
  panel.hidden = false;
  attachSearch(panel, base, {
    initial: { query: params.get('q') ?? '', filters },
    onShow: (query, shown) => {
      const next = searchParams(query, shown);
      // Replaced, not pushed: every keystroke is not a step back.
      if (next !== location.search.slice(1)) history.replaceState(null, '', next ? `?${next}` : location.pathname);
    },
  });
  panel.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
}
