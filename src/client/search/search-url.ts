import { type Filters, filterQuery } from './filters.ts';

/** The search page's address for a query and its filters: `<base>search/?q=…&tag=…`. */
export function searchPageUrl(base: string, query: string, filters: Filters): string {
  const search = searchParams(query, filters);
  return `${base}search/${search ? `?${search}` : ''}`;
}

/** The query string naming a search: `q` when there are words, then the filters that are set. */
export function searchParams(query: string, filters: Filters): string {
  const words = query.trim() ? new URLSearchParams({ q: query }).toString() : '';
  return [words, filterQuery(filters)].filter(Boolean).join('&');
}
