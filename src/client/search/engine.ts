import { glossary } from '../../data/glossary.ts';
import { activeFilters, type Filters, filterQuery } from './filters.ts';
import { planQuery } from './query-plan.ts';
import { editDistance } from './suggestions.ts';

/**
 * A thin, typed wrapper over the Pagefind bundle the build writes to `<base>pagefind/`. The
 * bundle is loaded on first use (dialog opened, or the search button hovered or focused) and
 * warmed so the first query does not pay for it.
 */
export interface AnswerHit {
  url: string;
  question: string;
  summary: string;
  page: string;
  section: string;
  level: string;
}

/** Filters as Pagefind takes them: a value, or any of several. */
type PagefindFilters = Record<string, string | { any: string[] }>;

/** Filter name → value → number of answers. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface RankProgress {
  /** Aborted when the reader typed on: the ranking stops at its next step. */
  signal?: AbortSignal | undefined;
  /** Called with the first screenful of answers while the rest of the page still loads. */
  onFirstHits?: ((hits: AnswerHit[]) => void) | undefined;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Word positions in the record's `content` that matched this search. */
  words: number[];
  /**
   * The record. Pagefind caches one object per record and rewrites its match positions on every
   * `data()` call, whichever search made it: read positions from `words`, never from here.
   */
  data(): Promise<PagefindData>;
}

interface PagefindData {
  url: string;
  meta: Record<string, string>;
  content: string;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<SearchResponse>;
}

type SearchResponse = { results: PagefindResult[] } | null;

const MAX_RESULTS = 12;
/**
 * The most results read to fill the list. Past them, a word the index does not hold ("rebse")
 * matched only fragments of others ("rebalance"): the walk read up to 84 records for such a query.
 */
const MAX_CHECKED = 36;
/**
 * The results a reader sees first, shown before the rest of the page arrives: a browser fetches
 * six at a time from one host over HTTP/1.1, so the first six records come in the first round.
 */
const FIRST_SCREEN = 6;
/** How much an answer that contains every word of the query outranks one that does not. */
const ALL_WORDS_BONUS = 1.5;
/** How much an answer of a glossary term the query mentions outranks one that only shares words. */
const CONCEPT_BONUS = 1.25;
let loading: Promise<Pagefind> | undefined;
/** Per loaded index, whether it knows a word (with a filter set): see rankAnswers. */
const checkedWords = new WeakMap<Pagefind, Map<string, boolean>>();
/**
 * Per loaded index, the searches run so far, by term and filters. Each is a list of result
 * handles (id, score, match positions), tens of KB for a common word: the list starts over past
 * MAX_PAST_SEARCHES, a few hundred keystrokes of typing.
 */
const pastSearches = new WeakMap<Pagefind, Map<string, Promise<SearchResponse>>>();
const MAX_PAST_SEARCHES = 200;

export function loadEngine(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 0 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

/**
 * The best answers for a query (or, with no words, every answer matching the filters).
 *
 * Pagefind requires every word of a query to match, which fails readers who type the way they
 * talk ("how are trace ids passed between services"). So a query of several words is also run
 * word by word and each answer scores the sum of its per-word scores (an OR over words: Pagefind's
 * scores already weigh rare words above common ones); answers matching every word get a bonus.
 * Answers a glossary term names outright come first. See query-plan.ts.
 */
export async function searchAnswers(
  base: string,
  query: string,
  filters: Filters,
  progress: RankProgress = {},
): Promise<AnswerHit[]> {
  return rankAnswers(await loadEngine(base), query, filters, progress);
}

/**
 * `searchAnswers` over a loaded engine. Every search it needs starts at once; an aborted ranking
 * (the reader typed on) stops at its next step, so stale queries do not hold up the current one.
 */
export async function rankAnswers(
  pagefind: Pagefind,
  query: string,
  filters: Filters,
  { signal, onFirstHits }: RankProgress = {},
): Promise<AnswerHit[]> {
  const active = activeFilters(filters);
  const plan = planQuery(query, glossary);
  // A query of punctuation or control characters alone has no word: it is no query.
  if (!plan.primary && Object.keys(active).length === 0) return [];
  if (!plan.primary) return hits((await search(pagefind, null, active))?.results ?? [], { signal });

  const words = plan.words.length > 0 ? plan.words : [plan.primary];
  const [everyWord, eachWord, concept, pinnedSearches] = await Promise.all([
    search(pagefind, plan.primary, active),
    plan.words.length > 0 ? Promise.all(plan.words.map((word) => search(pagefind, word, active))) : [],
    conceptResults(pagefind, plan.boosted, active),
    Promise.all(plan.pinned.map((id) => search(pagefind, null, { ...active, answer: id }))),
  ]);
  signal?.throwIfAborted();
  const wordSearches = plan.words.length > 0 ? eachWord : [everyWord];
  // A word the index does not know only matches fragments of other words: it must not score.
  // Each word is checked once per filter set: a refined query re-checks only its new words.
  const filterKey = filterQuery(active);
  const known = checkedWords.get(pagefind) ?? new Map<string, boolean>();
  checkedWords.set(pagefind, known);
  const likely = likelyShown(wordSearches, everyWord);
  // The first screenful's records load while the words are checked, not after: one round of
  // requests instead of two (Pagefind keeps each record, so they are fetched once).
  for (const result of [...likely.values()].slice(0, FIRST_SCREEN)) void result.data().catch(() => undefined);
  const plausible = await Promise.all(
    wordSearches.map(async (response, position) => {
      const word = words[position] ?? '';
      const key = `${word} ${filterKey}`;
      const verdictBefore = known.get(key);
      if (verdictBefore !== undefined) return verdictBefore;
      // The record read to check the word is, where possible, one the results will show anyway.
      const results = response?.results ?? [];
      const probe = results.find((result) => likely.has(result.id)) ?? results[0];
      const verdict = probe !== undefined && matchesPlausibly(probe, await probe.data(), [word]);
      known.set(key, verdict);
      return verdict;
    }),
  );
  signal?.throwIfAborted();

  const byId = new Map<string, PagefindResult>();
  const scores = new Map<string, number>();
  for (const [position, response] of wordSearches.entries()) {
    if (!plausible[position]) continue;
    for (const result of response?.results ?? []) {
      byId.set(result.id, result);
      scores.set(result.id, (scores.get(result.id) ?? 0) + result.score);
    }
  }
  if (plan.words.length > 0) {
    for (const result of everyWord?.results ?? []) {
      byId.set(result.id, result);
      scores.set(result.id, (scores.get(result.id) ?? 0) * ALL_WORDS_BONUS + result.score);
    }
  }
  for (const id of concept) {
    const score = scores.get(id);
    if (score !== undefined) scores.set(id, score * CONCEPT_BONUS);
  }
  const pinned = pinnedSearches.map((response) => response?.results[0]).filter((result) => result !== undefined);
  for (const result of pinned) byId.set(result.id, result);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const results = [...new Set([...pinned.map((result) => result.id), ...ranked])]
    .map((id) => byId.get(id))
    .filter((result) => result !== undefined);
  return hits(results, { signal, onFirstHits }, new Set(pinned.map((result) => result.id)), plan.primary.split(' '));
}

/**
 * A Pagefind search, run once per term and filters: a query typed key by key searches its earlier
 * words again on every key, and a warm search of a common word took 10–25 ms here (in Pagefind's
 * worker, then handed back), on every key.
 */
function search(pagefind: Pagefind, term: string | null, filters: PagefindFilters): Promise<SearchResponse> {
  const past = pastSearches.get(pagefind) ?? new Map<string, Promise<SearchResponse>>();
  pastSearches.set(pagefind, past);
  const key = JSON.stringify([term, filters]);
  const known = past.get(key);
  if (known) return known;
  if (past.size >= MAX_PAST_SEARCHES) past.clear();
  const running = pagefind.search(term, { filters });
  past.set(key, running);
  running.catch(() => past.delete(key));
  return running;
}

/** The answers most likely shown, by id: the best by summed word scores, as if every word counted. */
function likelyShown(
  wordSearches: ReadonlyArray<{ results: PagefindResult[] } | null>,
  everyWord: { results: PagefindResult[] } | null,
): Map<string, PagefindResult> {
  const scores = new Map<string, { result: PagefindResult; score: number }>();
  for (const response of [...wordSearches, everyWord]) {
    for (const result of response?.results ?? []) {
      scores.set(result.id, { result, score: (scores.get(result.id)?.score ?? 0) + result.score });
    }
  }
  const best = [...scores.values()].sort((a, b) => b.score - a.score).slice(0, MAX_RESULTS);
  return new Map(best.map(({ result }) => [result.id, result]));
}

/** The result ids of the given answers (each record carries its answer id as a filter). */
async function conceptResults(pagefind: Pagefind, answerIds: readonly string[], filters: Filters): Promise<string[]> {
  if (answerIds.length === 0) return [];
  const response = await search(pagefind, null, { ...filters, answer: { any: [...answerIds] } });
  return response?.results.map((result) => result.id) ?? [];
}

/**
 * Reads the results to show. Pagefind also matches an indexed word that merely begins a query
 * word ("q" for "qwxyz"): a result whose every match is such a fragment is dropped, so nonsense
 * finds nothing. Pinned results and filter-only listings are kept as they are. The records of
 * the first page of results are fetched at once, then, if too few of them stay, the rest up to
 * MAX_CHECKED at once. The first screenful is handed to `onFirstHits` as soon as its records are
 * in, while the rest still load.
 */
async function hits(
  results: readonly PagefindResult[],
  { signal, onFirstHits }: RankProgress,
  keep: ReadonlySet<string> = new Set(),
  queryWords: readonly string[] = [],
): Promise<AnswerHit[]> {
  const shown: AnswerHit[] = [];
  const read = (result: PagefindResult, data: PagefindData) => {
    if (shown.length === MAX_RESULTS) return;
    if (queryWords.length > 0 && !keep.has(result.id) && !matchesPlausibly(result, data, queryWords)) return;
    shown.push({
      url: data.url,
      question: data.meta.title ?? data.url,
      summary: data.meta.summary ?? '',
      page: data.meta.page ?? '',
      section: data.meta.section ?? '',
      level: data.meta.level ?? '',
    });
  };
  for (let start = 0; start < Math.min(results.length, MAX_CHECKED) && shown.length < MAX_RESULTS; ) {
    const end = start === 0 ? MAX_RESULTS : MAX_CHECKED;
    const batch = results.slice(start, end);
    const records = batch.map((result) => result.data());
    let done = 0;
    if (start === 0 && onFirstHits && batch.length > FIRST_SCREEN) {
      const first = await Promise.all(records.slice(0, FIRST_SCREEN));
      signal?.throwIfAborted();
      for (const [position, data] of first.entries()) read(batch[position] as PagefindResult, data);
      done = FIRST_SCREEN;
      if (shown.length > 0) onFirstHits([...shown]);
    }
    const rest = await Promise.all(records.slice(done));
    signal?.throwIfAborted();
    for (const [position, data] of rest.entries()) read(batch[done + position] as PagefindResult, data);
    start = end;
  }
  return shown;
}

function matchesPlausibly(result: PagefindResult, data: PagefindData, queryWords: readonly string[]): boolean {
  const words = data.content.split(/\s+/);
  // A pasted compound ("GODEBUG=gctrace=1") is matched whole or by its parts, like the index's words.
  const typed = queryWords.flatMap((word) => [compact(word), ...parts(word)]).filter(Boolean);
  return result.words.some((location) => {
    // Pagefind indexes a compound word ("grpc.NewClient", "net/http/pprof") whole and by its
    // parts, and so may match either: compare the whole word without punctuation, then each part.
    const matched = (words[location] ?? '').toLowerCase();
    const candidates = [compact(matched), ...parts(matched)];
    return candidates.some((candidate) => typed.some((word) => resembles(candidate, word)));
  });
}

/** The parts of a compound word worth matching on their own. */
function parts(word: string): string[] {
  const split = word.toLowerCase().split(/[^a-z0-9]+/);
  return split.length > 1 ? split.filter((part) => part.length >= 2) : [];
}

/** A word as Pagefind indexes it whole: lower case, letters and digits only. */
function compact(word: string): string {
  return word.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Same word, a typo of it, or a prefix covering most of it. */
function resembles(matched: string, typed: string): boolean {
  if (!matched || !typed) return false;
  if (matched.startsWith(typed) || typed.startsWith(matched)) {
    return Math.min(matched.length, typed.length) / Math.max(matched.length, typed.length) >= 0.6;
  }
  return editDistance(matched, typed) <= Math.max(1, Math.floor(typed.length * 0.25));
}

export async function filterCounts(base: string): Promise<FilterCounts> {
  return (await loadEngine(base)).filters();
}
