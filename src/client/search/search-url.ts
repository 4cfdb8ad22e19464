import { activeFilters, type Filters } from './engine.ts';

/** The search page's address for a query and its filters: `<base>search/?q=…&tag=…`. */
export function searchPageUrl(base: string, query: string, filters: Filters): string {
  const search = searchParams(query, filters);
  return `${base}search/${search ? `?${search}` : ''}`;
}

/** The query string naming a search: `q` when there are words, then the filters that are set. */
export function searchParams(query: string, filters: Filters): string {
  return new URLSearchParams({ ...(query.trim() ? { q: query } : {}), ...activeFilters(filters) }).toString();
}
