import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarGroup = Extract<SidebarEntry, { type: 'group' }>;
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

/**
 * The sidebar as one page shows it: every area and every section, but only the section the page
 * belongs to lists its pages; every other section is one link to its overview ("All questions"),
 * which lists its pages and questions. With every page of every section in every sidebar, the
 * sidebar was 900 of a tag page's 1,040 elements, and it grows with each page added.
 *
 * Prev/next links are unaffected: Starlight computes them from the full sidebar before route
 * middleware runs.
 *
 * @example
 * // In:  Go ▸ [Go runtime ▸ (All questions, Scheduler, GC*)] [Go language ▸ (All questions, Context)]
 * // Out: Go ▸ [Go runtime ▸ (All questions, Scheduler, GC*)] Go language → /go/language/
 */
export function focusSidebar(entries: readonly SidebarEntry[]): SidebarEntry[] {
  return entries.map((entry) => {
    if (entry.type === 'link') return entry;
    return { ...entry, entries: entry.entries.map(focusSection) };
  });
}

/** A section group of an area: kept whole when it holds the current page, else its overview link. */
function focusSection(entry: SidebarEntry): SidebarEntry {
  if (entry.type === 'link' || containsCurrent(entry)) return entry;
  const overview = overviewOf(entry);
  if (!overview) return entry;
  return { type: 'link', label: entry.label, href: overview.href, isCurrent: false, badge: entry.badge, attrs: {} };
}

function containsCurrent(group: SidebarGroup): boolean {
  return group.entries.some((entry) => (entry.type === 'link' ? entry.isCurrent : containsCurrent(entry)));
}

/** The section's index page: the one link whose path every other page of the group lies under. */
function overviewOf(group: SidebarGroup): SidebarLink | undefined {
  const links = group.entries.filter((entry): entry is SidebarLink => entry.type === 'link');
  return links.find((candidate) => links.every((link) => link.href.startsWith(candidate.href)));
}
