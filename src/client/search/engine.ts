import { glossary } from '../../data/glossary.ts';
import { mergeRankings, planQuery } from './query-plan.ts';

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

export type Filters = Partial<Record<'section' | 'level' | 'tag' | 'answer', string>>;

/** Filter name → value → number of answers. */
export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; meta: Record<string, string> }>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 12;
/** Below this many results the planner also tries each word on its own. */
const ENOUGH_RESULTS = 5;
let loading: Promise<Pagefind> | undefined;

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
 * The best answers for a query (or, with no words, every answer matching the filters): answers a
 * glossary term names outright come first, then Pagefind's ranking of the meaningful words, then,
 * if that finds little, each word on its own (see query-plan.ts).
 */
export async function searchAnswers(base: string, query: string, filters: Filters): Promise<AnswerHit[]> {
  const pagefind = await loadEngine(base);
  const active = activeFilters(filters);
  const plan = planQuery(query, glossary);
  if (!query.trim() && Object.keys(active).length === 0) return [];
  if (!query.trim()) return hits(await pagefind.search(null, { filters: active }));

  const byId = new Map<string, PagefindResult>();
  const ranked = async (term: string) => {
    const search = await pagefind.search(term, { filters: active });
    const ids: string[] = [];
    for (const result of search?.results.slice(0, MAX_RESULTS) ?? []) {
      ids.push(result.id);
      byId.set(result.id, result);
    }
    return ids;
  };
  const primary = await ranked(plan.primary);
  const fallbacks = primary.length < ENOUGH_RESULTS ? await Promise.all(plan.words.map(ranked)) : [];
  const pinned = await pinnedResults(pagefind, plan.pinned, active, byId);
  const order = mergeRankings([...pinned, ...primary], fallbacks).slice(0, MAX_RESULTS);
  return hits({ results: order.map((id) => byId.get(id)).filter((result) => result !== undefined) });
}

/** The results for pinned answer ids: each record carries its id as an `answer` filter. */
async function pinnedResults(
  pagefind: Pagefind,
  answerIds: readonly string[],
  filters: Filters,
  byId: Map<string, PagefindResult>,
): Promise<string[]> {
  const found: string[] = [];
  for (const answerId of answerIds) {
    const search = await pagefind.search(null, { filters: { ...filters, answer: answerId } });
    const result = search?.results[0];
    if (!result) continue;
    byId.set(result.id, result);
    found.push(result.id);
  }
  return found;
}

async function hits(search: { results: PagefindResult[] } | null): Promise<AnswerHit[]> {
  const data = await Promise.all((search?.results ?? []).slice(0, MAX_RESULTS).map((result) => result.data()));
  return data.map(({ url, meta }) => ({
    url,
    question: meta['title'] ?? url,
    summary: meta['summary'] ?? '',
    page: meta['page'] ?? '',
    section: meta['section'] ?? '',
    level: meta['level'] ?? '',
  }));
}

export async function filterCounts(base: string): Promise<FilterCounts> {
  return (await loadEngine(base)).filters();
}

function activeFilters(filters: Filters): Filters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => Boolean(value)));
}
