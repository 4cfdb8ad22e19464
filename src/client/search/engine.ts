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
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 12;
/** How much an answer that contains every word of the query outranks one that does not. */
const ALL_WORDS_BONUS = 1.5;
/** How much an answer of a glossary term the query mentions outranks one that only shares words. */
const CONCEPT_BONUS = 1.25;
let loading: Promise<Pagefind> | undefined;
/** Per loaded index, whether it knows a word (with a filter set): see rankAnswers. */
const checkedWords = new WeakMap<Pagefind, Map<string, boolean>>();

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
  signal?: AbortSignal,
): Promise<AnswerHit[]> {
  return rankAnswers(await loadEngine(base), query, filters, signal);
}

/**
 * `searchAnswers` over a loaded engine. Every search it needs starts at once; an aborted ranking
 * (the reader typed on) stops at its next step, so stale queries do not hold up the current one.
 */
export async function rankAnswers(
  pagefind: Pagefind,
  query: string,
  filters: Filters,
  signal?: AbortSignal,
): Promise<AnswerHit[]> {
  const active = activeFilters(filters);
  const plan = planQuery(query, glossary);
  // A query of punctuation or control characters alone has no word: it is no query.
  if (!plan.primary && Object.keys(active).length === 0) return [];
  if (!plan.primary) return hits((await pagefind.search(null, { filters: active }))?.results ?? [], signal);

  const words = plan.words.length > 0 ? plan.words : [plan.primary];
  const [everyWord, eachWord, concept, pinnedSearches] = await Promise.all([
    pagefind.search(plan.primary, { filters: active }),
    plan.words.length > 0 ? Promise.all(plan.words.map((word) => pagefind.search(word, { filters: active }))) : [],
    conceptResults(pagefind, plan.boosted, active),
    Promise.all(plan.pinned.map((id) => pagefind.search(null, { filters: { ...active, answer: id } }))),
  ]);
  signal?.throwIfAborted();
  const wordSearches = plan.words.length > 0 ? eachWord : [everyWord];
  // A word the index does not know only matches fragments of other words: it must not score.
  // Each word is checked once per filter set: a refined query re-checks only its new words.
  const filterKey = filterQuery(active);
  const known = checkedWords.get(pagefind) ?? new Map<string, boolean>();
  checkedWords.set(pagefind, known);
  const likely = likelyShown(wordSearches, everyWord);
  const plausible = await Promise.all(
    wordSearches.map(async (search, position) => {
      const word = words[position] ?? '';
      const key = `${word} ${filterKey}`;
      const verdictBefore = known.get(key);
      if (verdictBefore !== undefined) return verdictBefore;
      // The record read to check the word is, where possible, one the results will show anyway.
      const results = search?.results ?? [];
      const probe = results.find((result) => likely.has(result.id)) ?? results[0];
      const verdict = probe !== undefined && matchesPlausibly(probe, await probe.data(), [word]);
      known.set(key, verdict);
      return verdict;
    }),
  );
  signal?.throwIfAborted();

  const byId = new Map<string, PagefindResult>();
  const scores = new Map<string, number>();
  for (const [position, search] of wordSearches.entries()) {
    if (!plausible[position]) continue;
    for (const result of search?.results ?? []) {
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
  const pinned = pinnedSearches.map((search) => search?.results[0]).filter((result) => result !== undefined);
  for (const result of pinned) byId.set(result.id, result);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const results = [...new Set([...pinned.map((result) => result.id), ...ranked])]
    .map((id) => byId.get(id))
    .filter((result) => result !== undefined);
  return hits(results, signal, new Set(pinned.map((result) => result.id)), plan.primary.split(' '));
}

/** The answers most likely shown, by id: the best by summed word scores, as if every word counted. */
function likelyShown(
  wordSearches: ReadonlyArray<{ results: PagefindResult[] } | null>,
  everyWord: { results: PagefindResult[] } | null,
): Map<string, PagefindResult> {
  const scores = new Map<string, { result: PagefindResult; score: number }>();
  for (const search of [...wordSearches, everyWord]) {
    for (const result of search?.results ?? []) {
      scores.set(result.id, { result, score: (scores.get(result.id)?.score ?? 0) + result.score });
    }
  }
  const best = [...scores.values()].sort((a, b) => b.score - a.score).slice(0, MAX_RESULTS);
  return new Map(best.map(({ result }) => [result.id, result]));
}

/** The result ids of the given answers (each record carries its answer id as a filter). */
async function conceptResults(pagefind: Pagefind, answerIds: readonly string[], filters: Filters): Promise<string[]> {
  if (answerIds.length === 0) return [];
  const search = await pagefind.search(null, { filters: { ...filters, answer: { any: [...answerIds] } } });
  return search?.results.map((result) => result.id) ?? [];
}

/**
 * Reads the results to show. Pagefind also matches an indexed word that merely begins a query
 * word ("q" for "qwxyz"): a result whose every match is such a fragment is dropped, so nonsense
 * finds nothing. Pinned results and filter-only listings are kept as they are. Records are
 * fetched a page of results at a time, all at once.
 */
async function hits(
  results: readonly PagefindResult[],
  signal: AbortSignal | undefined,
  keep: ReadonlySet<string> = new Set(),
  queryWords: readonly string[] = [],
): Promise<AnswerHit[]> {
  const shown: AnswerHit[] = [];
  for (let start = 0; start < results.length && shown.length < MAX_RESULTS; start += MAX_RESULTS) {
    const batch = results.slice(start, start + MAX_RESULTS);
    const records = await Promise.all(batch.map((result) => result.data()));
    signal?.throwIfAborted();
    for (const [position, result] of batch.entries()) {
      const data = records[position];
      if (!data || shown.length === MAX_RESULTS) break;
      if (queryWords.length > 0 && !keep.has(result.id) && !matchesPlausibly(result, data, queryWords)) continue;
      shown.push({
        url: data.url,
        question: data.meta.title ?? data.url,
        summary: data.meta.summary ?? '',
        page: data.meta.page ?? '',
        section: data.meta.section ?? '',
        level: data.meta.level ?? '',
      });
    }
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
