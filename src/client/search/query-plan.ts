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

/** The most words a query is searched by. */
const MAX_WORDS = 12;

export interface QueryPlan {
  /** Answers a glossary term names outright (the whole query is that term): shown first. */
  pinned: string[];
  /** The query Pagefind runs first: the meaningful words (empty when the query has no word). */
  primary: string;
  /** Each meaningful word on its own, for the word-by-word (OR) scoring; empty for one word. */
  words: string[];
  /**
   * Answers of the glossary terms the query mentions among other words ("dlq replay kafka"
   * mentions DLQ): they rank above answers that only share words with the query.
   */
  boosted: string[];
}

export function planQuery(query: string, glossary: readonly GlossaryTerm[]): QueryPlan {
  const normal = normalise(query);
  const spellings = oneWordSpellings(glossary);
  const pinned = glossary
    .filter((term) => normal && searchNames(term).some((name) => normalise(name) === normal))
    .map((term) => term.answers[0])
    .filter((id): id is string => Boolean(id));
  const words = normal
    .split(' ')
    .filter((word) => word && !STOP_WORDS.has(word))
    // A pasted paragraph must not start a search per word: the first words say enough.
    .slice(0, MAX_WORDS)
    // The typed spelling stays too: the index lists it beside the answers its glossary term names.
    .flatMap((word) => {
      const canonical = spellings.get(word);
      return canonical && canonical !== word ? [word, canonical] : [word];
    });
  const padded = ` ${normal} `;
  const boosted = glossary
    .filter((term) =>
      searchNames(term).some((name) => {
        const phrase = normalise(name);
        return phrase.length >= 2 && phrase !== normal && padded.includes(` ${phrase} `);
      }),
    )
    .flatMap((term) => term.answers);
  return {
    pinned: [...new Set(pinned)],
    boosted: [...new Set(boosted)],
    primary: words.length > 0 ? words.join(' ') : normal,
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

/**
 * Lower case, in words as the index has them. A word keeps the joiners of identifiers (`. / _ - +`),
 * so "net/http/pprof" and "max.poll.interval.ms" reach the index whole; every other punctuation
 * (`= : , ( ) "`) and control characters separate words ("GODEBUG=gctrace=1" is three), and
 * joiners at a word's ends go ("--reset-offsets", "kafka.").
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}./_+-]+/u)
    .map((word) => word.replace(/^[./_+-]+|[./_+-]+$/g, ''))
    .filter(Boolean)
    .join(' ');
}
