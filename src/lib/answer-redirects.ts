import type { AnswerRegistry } from './answer-registry.ts';
import { resolveId } from './answer-registry.ts';

/** A page-relative target such as `kafka/consumers/ordering/#kafka-ordering` (no base, no leading slash). */
export type Target = string;

const targetOf = (page: string, id: string): Target => `${page}/#${id}`;

/**
 * The old `#ids` a page must forward: ids renamed while they lived on it, and ids that moved
 * from it to another page. Keyed by the old id, valued with where the answer is now.
 */
export function aliasesForPage(registry: AnswerRegistry, page: string): Record<string, Target> {
  const aliases: Record<string, Target> = {};
  for (const [oldId, rename] of Object.entries(registry.renamed)) {
    const now = resolveId(registry, rename.to);
    if (now && rename.pages.includes(page)) aliases[oldId] = targetOf(now.page, now.id);
  }
  for (const [id, entry] of Object.entries(registry.answers)) {
    if (entry.page !== page && entry.formerPages?.includes(page)) aliases[id] = targetOf(entry.page, id);
  }
  return aliases;
}

/** Pages that once held answers and no longer exist: each becomes a small redirecting page. */
export function vanishedPages(
  registry: AnswerRegistry,
  livePages: ReadonlySet<string>,
): Array<{ page: string; aliases: Record<string, Target>; fallback: Target }> {
  const former = new Set<string>();
  for (const entry of Object.values(registry.answers)) for (const page of entry.formerPages ?? []) former.add(page);
  for (const rename of Object.values(registry.renamed)) for (const page of rename.pages) former.add(page);
  return [...former]
    .filter((page) => !livePages.has(page))
    .sort()
    .map((page) => {
      const aliases = aliasesForPage(registry, page);
      return { page, aliases, fallback: mostCommonPage(Object.values(aliases)) };
    });
}

/** Where the redirect goes without JavaScript: the page that received most of the old answers. */
function mostCommonPage(targets: readonly Target[]): Target {
  const counts = new Map<string, number>();
  for (const target of targets) {
    const page = target.split('#')[0] ?? '';
    counts.set(page, (counts.get(page) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
}

/** Short links for ids that now live under another id: `/a/old-id/` keeps working. */
export function renamedShortLinks(registry: AnswerRegistry): Array<{ id: string; to: { id: string; page: string } }> {
  return Object.keys(registry.renamed)
    .map((id) => ({ id, to: resolveId(registry, id) }))
    .filter((link): link is { id: string; to: { id: string; page: string } } => link.to !== undefined);
}

/**
 * Retired ids whose answer now lives on `page`, each with the id it goes by now: a reader's star
 * or progress stored under the old id is moved to the new one when this page is opened.
 */
export function renamedIntoPage(registry: AnswerRegistry, page: string): Record<string, string> {
  return Object.fromEntries(
    renamedShortLinks(registry).flatMap(({ id, to }) => (to.page === page ? [[id, to.id]] : [])),
  );
}
