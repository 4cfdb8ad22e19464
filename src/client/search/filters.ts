/** What a search can be narrowed to; an empty value means "all". */
export type Filters = Partial<Record<'section' | 'level' | 'tag' | 'answer', string>>;

/** The filters the reader has set (an empty select means "all"). */
export function activeFilters(filters: Filters): Filters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => Boolean(value)));
}

/**
 * The filters that are set as a query string (`section=kafka&level=advanced`): one spelling for
 * the address, the mark on a rendered result list and the engine's per-filter caches.
 */
export function filterQuery(filters: Filters): string {
  return new URLSearchParams(activeFilters(filters) as Record<string, string>).toString();
}
