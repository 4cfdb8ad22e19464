import type { GlossaryTerm } from '../../data/glossary.ts';
import { searchNames } from '../../lib/glossary-terms.ts';

/**
 * Words that carry no meaning in a search box. Pagefind matches every word of a query, so
 * "why are extra consumers idle" would only find pages that also contain "why" and "are".
 */
const STOP_WORDS = new Set(
  'a an the is are was were be been do does did how what why when where which who whom vs versus or and of to in on at for with from by can could should would will you your i my me we our it its this that these those there if then than into about does whether'.split(
    ' ',
  ),
);

export interface QueryPlan {
  /** Answers a glossary term names outright (the whole query is that term): shown first. */
  pinned: string[];
  /** The query Pagefind runs first: the meaningful words. */
  primary: string;
  /** Each meaningful word on its own, merged by rank, when the primary finds too little. */
  words: string[];
}

export function planQuery(query: string, glossary: readonly GlossaryTerm[]): QueryPlan {
  const normal = normalise(query);
  const pinned = glossary
    .filter((term) => searchNames(term).some((name) => normalise(name) === normal))
    .map((term) => term.answers[0])
    .filter((id): id is string => Boolean(id));
  const words = normal.split(' ').filter((word) => word && !STOP_WORDS.has(word));
  return {
    pinned: [...new Set(pinned)],
    primary: words.length > 0 ? words.join(' ') : query.trim(),
    words: words.length > 1 ? words : [],
  };
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9.+/_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Merges ranked id lists: earlier lists win; within the fallback lists, summed reciprocal rank. */
export function mergeRankings(first: readonly string[], fallbacks: ReadonlyArray<readonly string[]>): string[] {
  const scores = new Map<string, number>();
  for (const list of fallbacks) {
    list.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + 1 / (rank + 1)));
  }
  const rest = [...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return [...new Set([...first, ...rest])];
}
