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
  const { spellings, names } = glossaryIndex(glossary);
  const key = nameKey(query);
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
  const padded = ` ${key} `;
  const pinned = key ? names.filter((name) => name.key === key).map((name) => name.term.answers[0]) : [];
  const boosted = names
    .filter((name) => name.key.length >= 2 && name.key !== key && padded.includes(` ${name.key} `))
    .flatMap((name) => name.term.answers);
  return {
    pinned: [...new Set(pinned.filter((id): id is string => Boolean(id)))],
    boosted: [...new Set(boosted)],
    primary: words.length > 0 ? words.join(' ') : normal,
    words: words.length > 1 ? words : [],
  };
}

/** One name of a glossary term, as a name key (see `nameKey`). */
export interface GlossaryName {
  key: string;
  term: GlossaryTerm;
}

interface GlossaryIndex {
  /** `kafak` → `kafka`, `k8s` → `kubernetes`: misspellings and variants of one-word terms. */
  spellings: Map<string, string>;
  names: GlossaryName[];
}

/** Every name of every term, in glossary order, each name once per term. */
export function glossaryNames(glossary: readonly GlossaryTerm[]): readonly GlossaryName[] {
  return glossaryIndex(glossary).names;
}

/** Worked out once per glossary, not on every keystroke. */
const glossaryIndexes = new WeakMap<readonly GlossaryTerm[], GlossaryIndex>();

function glossaryIndex(glossary: readonly GlossaryTerm[]): GlossaryIndex {
  const known = glossaryIndexes.get(glossary);
  if (known) return known;
  const spellings = new Map<string, string>();
  for (const term of glossary) {
    const canonical = normalise(term.term);
    if (canonical.includes(' ')) continue;
    for (const variant of term.misspellings.map(normalise)) {
      if (!variant.includes(' ')) spellings.set(variant, canonical);
    }
  }
  const names = glossary.flatMap((term) => [...new Set(searchNames(term).map(nameKey))].map((key) => ({ key, term })));
  const index = { spellings, names };
  glossaryIndexes.set(glossary, index);
  return index;
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

/**
 * A name as readers type it, to compare with glossary names: normalised, with hyphens and
 * underscores as spaces, so "exactly once semantics" names "exactly-once semantics" and
 * "consumer offsets" names "__consumer_offsets".
 */
export function nameKey(text: string): string {
  return normalise(text).replace(/[-_]+/g, ' ').replace(/ +/g, ' ').trim();
}
