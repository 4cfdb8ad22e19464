import { LEVELS, levelLabel } from './answer-model.ts';
import type { PracticeCard, PracticeData } from './practice-cards.ts';

/**
 * A practice deck is a slice of the handbook described by its address, so a deck can be sent as
 * a link: `/practice/?section=kafka,go/runtime&level=advanced&tags=kafka,ordering` or
 * `/practice/?starred=1`. Values of one filter are alternatives (any of them); filters combine
 * (all of them). Pure: the practice page and the tests share it.
 */
export interface DeckFilters {
  /** Section folders (`kafka/consumers`) or areas, the first segment (`kafka`: every `kafka/*`). */
  sections: string[];
  levels: string[];
  tags: string[];
  /** Only the reader's starred answers. */
  starred: boolean;
}

export type FilterName = 'section' | 'level' | 'tags';

/** The spellings each filter accepts in an address; the first is the canonical one. */
const SPELLINGS: Record<FilterName, readonly string[]> = {
  section: ['section', 'sections'],
  level: ['level', 'levels'],
  tags: ['tags', 'tag'],
};

const EMPTY: DeckFilters = { sections: [], levels: [], tags: [], starred: false };

/** The deck an address describes: comma-separated or repeated values, any spelling, any case. */
export function parseDeck(params: URLSearchParams): DeckFilters {
  const values = (filter: FilterName) =>
    unique(
      SPELLINGS[filter]
        .flatMap((name) => params.getAll(name))
        .flatMap((value) => value.split(','))
        .map((value) =>
          value
            .trim()
            .toLowerCase()
            .replace(/^\/+|\/+$/g, ''),
        )
        .filter(Boolean),
    );
  const starred = (params.get('starred') ?? '').trim().toLowerCase();
  return {
    sections: values('section'),
    levels: values('level'),
    tags: values('tags'),
    starred: ['1', 'true', 'yes', 'on'].includes(starred),
  };
}

/**
 * The deck's canonical query string, `?section=…&level=…&tags=…&starred=1` (empty for the whole
 * handbook): commas and slashes unescaped so the address reads as it is written, levels in their own order.
 */
export function deckQuery(filters: DeckFilters): string {
  const levels = [...filters.levels].sort((a, b) => levelRank(a) - levelRank(b));
  const parts = [
    ['section', filters.sections],
    ['level', levels],
    ['tags', filters.tags],
  ] as const;
  const query = parts
    .filter(([, values]) => values.length > 0)
    .map(
      ([name, values]) =>
        `${name}=${values.map((value) => encodeURIComponent(value).replaceAll('%2F', '/')).join(',')}`,
    );
  if (filters.starred) query.push('starred=1');
  return query.length > 0 ? `?${query.join('&')}` : '';
}

/** A deck of one filter value: the links of the progress table. */
export function singleFilterDeck(filter: FilterName, value: string): DeckFilters {
  return { ...EMPTY, [filterKey(filter)]: [value] };
}

/** The same deck with one value of one filter replaced (a suggestion) or removed (`to` empty). */
export function replaceFilterValue(filters: DeckFilters, filter: FilterName, from: string, to?: string): DeckFilters {
  const key = filterKey(filter);
  const replaced = filters[key].flatMap((value) => (value === from ? (to ? [to] : []) : [value]));
  return { ...filters, [key]: unique(replaced) };
}

/**
 * The deck's cards, in the handbook's reading order. A retired tag means the tag it was merged
 * into; `starred` is the reader's starred ids, used when the deck asks for them.
 */
export function deckCards(
  data: Pick<PracticeData, 'cards' | 'mergedTags'>,
  filters: DeckFilters,
  starred: ReadonlySet<string> = new Set(),
): PracticeCard[] {
  const tags = new Set(filters.tags.map((tag) => data.mergedTags[tag] ?? tag));
  return data.cards.filter(
    (card) =>
      (filters.sections.length === 0 || filters.sections.some((section) => inSection(card, section))) &&
      (filters.levels.length === 0 || filters.levels.includes(card.level)) &&
      (tags.size === 0 || card.tags.some((tag) => tags.has(tag))) &&
      (!filters.starred || starred.has(card.id)),
  );
}

/** A filter value that matches no answer at all, with the nearest values that do. */
export interface UnknownValue {
  filter: FilterName;
  value: string;
  suggestions: string[];
}

/**
 * Each filter value the handbook does not know (a section, area, level or tag no answer has),
 * so the page can say which filter matched nothing and offer the nearest real values.
 */
export function unknownValues(data: Pick<PracticeData, 'cards' | 'sections' | 'mergedTags'>, filters: DeckFilters) {
  const areas = unique(data.sections.map(({ directory }) => areaOf(directory)));
  const sections = [...areas, ...data.sections.map(({ directory }) => directory)];
  const tags = unique(data.cards.flatMap((card) => card.tags)).sort();
  const known: Record<FilterName, readonly string[]> = { section: sections, level: LEVELS, tags };
  const unknown: UnknownValue[] = [];
  for (const filter of ['section', 'level', 'tags'] as const) {
    for (const value of filters[filterKey(filter)]) {
      const resolved = filter === 'tags' ? (data.mergedTags[value] ?? value) : value;
      if (known[filter].includes(resolved)) continue;
      const close = nearest(value, known[filter]);
      // There are only four levels: when none is close (`expert`), all of them are the offer.
      const suggestions = close.length === 0 && filter === 'level' ? [...LEVELS] : close;
      unknown.push({ filter, value, suggestions });
    }
  }
  return unknown;
}

/**
 * Up to `limit` candidates close to `value`: a small edit distance (typos), or one starts with
 * the other (`kafka/cons` → `kafka/consumers`). A section is also compared by its last segment,
 * so `consumers` finds `kafka/consumers`.
 */
export function nearest(value: string, candidates: readonly string[], limit = 3): string[] {
  const scored = candidates.flatMap((candidate) => {
    const last = candidate.split('/').at(-1) ?? candidate;
    const distance = Math.min(editDistance(value, candidate), editDistance(value, last));
    const prefix =
      value.length >= 3 && [candidate, last].some((name) => name.startsWith(value) || value.startsWith(name));
    const close = distance <= Math.max(1, Math.floor(value.length / 3));
    return close || prefix ? [{ candidate, score: prefix ? Math.min(distance, 1.5) : distance }] : [];
  });
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/**
 * Edit distance with a swap of two neighbours counting as one edit (optimal string alignment),
 * since `kafak` for `kafka` is the commonest typo.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = rows[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** A deck's name for people: "Kafka · Advanced · tags: ordering", "All answers" for none. */
export function deckTitle(data: Pick<PracticeData, 'sections'>, filters: DeckFilters): string {
  const labels = new Map(data.sections.map(({ directory, label }) => [directory, label]));
  const parts: string[] = [];
  if (filters.starred) parts.push('Starred answers');
  if (filters.sections.length > 0) {
    parts.push(filters.sections.map((section) => labels.get(section) ?? areaLabel(section)).join(' or '));
  }
  if (filters.levels.length > 0) parts.push(filters.levels.map(levelLabel).join(' or '));
  if (filters.tags.length > 0) parts.push(`${filters.tags.length === 1 ? 'tag' : 'tags'}: ${filters.tags.join(', ')}`);
  return parts.length > 0 ? parts.join(' · ') : 'All answers';
}

/** The area of a section folder: `kafka` for `kafka/consumers`. */
export function areaOf(directory: string): string {
  return directory.split('/')[0] ?? directory;
}

function areaLabel(area: string): string {
  const words = area.replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function inSection(card: PracticeCard, section: string): boolean {
  return card.section === section || card.section.startsWith(`${section}/`);
}

function filterKey(filter: FilterName): 'sections' | 'levels' | 'tags' {
  return filter === 'section' ? 'sections' : filter === 'level' ? 'levels' : 'tags';
}

function levelRank(level: string): number {
  const rank = (LEVELS as readonly string[]).indexOf(level);
  return rank === -1 ? LEVELS.length : rank;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
