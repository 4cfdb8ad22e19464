import type { GlossaryTerm } from '../../lib/glossary-schema.ts';
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
  /** Each meaningful word on its own, for the word-by-word (OR) scoring; empty for one word. */
  words: string[];
}

export function planQuery(query: string, glossary: readonly GlossaryTerm[]): QueryPlan {
  const normal = normalise(query);
  const spellings = oneWordSpellings(glossary);
  const pinned = glossary
    .filter((term) => searchNames(term).some((name) => normalise(name) === normal))
    .map((term) => term.answers[0])
    .filter((id): id is string => Boolean(id));
  const words = normal
    .split(' ')
    .filter((word) => word && !STOP_WORDS.has(word))
    .map((word) => spellings.get(word) ?? word);
  return {
    pinned: [...new Set(pinned)],
    primary: words.length > 0 ? words.join(' ') : query.trim(),
    words: words.length > 1 ? words : [],
  };
}

/** `kafak` → `kafka`, `k8s` → `kubernetes`: misspellings and variants of one-word terms. */
function oneWordSpellings(glossary: readonly GlossaryTerm[]): Map<string, string> {
  const spellings = new Map<string, string>();
  for (const term of glossary) {
    const canonical = normalise(term.term);
    if (canonical.includes(' ')) continue;
    for (const variant of term.misspellings.map(normalise)) {
      if (!variant.includes(' ')) spellings.set(variant, canonical);
    }
  }
  return spellings;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9.+/_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
