import { describe, expect, it } from 'vitest';
import { type Pagefind, type PagefindResult, rankAnswers } from '../../src/client/search/engine.ts';
import type { Filters } from '../../src/client/search/filters.ts';

interface Page {
  url: string;
  section: string;
  content: string;
}

const pages: Page[] = [
  {
    url: '/observability/jaeger/#jaeger-kafka',
    section: 'Observability',
    content: 'Jaeger can buffer spans in Kafka',
  },
  {
    url: '/observability/jaeger/#jaeger-parts',
    section: 'Observability',
    content: 'Collector ingester and Kafka topic',
  },
  {
    url: '/observability/logs/#log-levels',
    section: 'Observability',
    content: 'Levels of a structured log',
  },
  {
    url: '/kafka/basics/#kafka-isr',
    section: 'Kafka fundamentals',
    content: 'Kafka replicas in sync',
  },
];

/**
 * A Pagefind stand-in with Pagefind 1.6's record cache: one record object per page, whose match
 * positions the last `data()` call of any search rewrote. Here a filter-only search (no
 * positions) always got there last, as it does when the reader picks a section while typing.
 */
function fakePagefind(
  reads: string[] = [],
  corpus: readonly Page[] = pages,
  arrival: (index: number) => Promise<void> = async () => undefined,
): Pagefind {
  const records = corpus.map((page) => ({
    url: page.url,
    meta: { title: page.url, section: page.section },
    content: page.content,
    locations: [] as number[],
  }));
  const search: Pagefind['search'] = async (term, options) => {
    const filters: Filters = options?.filters ?? {};
    const results: PagefindResult[] = records.flatMap((record, index) => {
      if (filters.section && record.meta.section !== filters.section) return [];
      if (filters.answer) return [];
      // Pagefind, too, matches a word that merely begins with the term.
      const words = record.content.split(/\s+/);
      const positions =
        term === null ? [] : words.flatMap((word, at) => (word.toLowerCase().startsWith(term) ? [at] : []));
      if (term !== null && positions.length === 0) return [];
      return [
        {
          id: String(index),
          score: positions.length + 1,
          words: positions,
          data: async () => {
            await arrival(index);
            reads.push(record.url);
            return record;
          },
        },
      ];
    });
    return { results };
  };
  return {
    options: async () => undefined,
    init: async () => undefined,
    preload: async () => undefined,
    filters: async () => ({}),
    search,
  };
}

describe('rankAnswers', () => {
  it('reads where a word matched from the search result, not from the shared record another search rewrote', async () => {
    const hits = await rankAnswers(fakePagefind(), 'kafka', {
      section: 'Observability',
    });
    expect(hits.map((hit) => hit.url)).toEqual([
      '/observability/jaeger/#jaeger-kafka',
      '/observability/jaeger/#jaeger-parts',
    ]);
  });

  it('drops a record whose only match is a fragment of a longer word', async () => {
    expect(await rankAnswers(fakePagefind(), 'lev', { section: 'Observability' })).toEqual([]);
  });

  it('lists every answer of a section when no words are typed', async () => {
    const hits = await rankAnswers(fakePagefind(), '', {
      section: 'Observability',
    });
    expect(hits).toHaveLength(3);
  });

  it('checks each word once: a query refined by a word reads records only for the new word and the answers', async () => {
    const reads: string[] = [];
    const pagefind = fakePagefind(reads);
    await rankAnswers(pagefind, 'kafka', {});
    reads.length = 0;
    const hits = await rankAnswers(pagefind, 'kafka replicas', {});
    expect(hits[0]?.url).toBe('/kafka/basics/#kafka-isr');
    // One read to check "replicas", one per record of the first screenful loaded ahead (the three
    // that match a word), then one per answer shown; "kafka" was checked before and is not again.
    expect(reads).toHaveLength(1 + 3 + hits.length);
  });

  it('has no answers for a query without a word, and no error', async () => {
    for (const query of ['?!', '  ', '\u0000\u0007', '=:,'])
      expect(await rankAnswers(fakePagefind(), query, {})).toEqual([]);
  });

  it('stops a ranking the reader has typed past', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(rankAnswers(fakePagefind(), 'kafka', {}, { signal: controller.signal })).rejects.toThrow();
  });

  it('searches each term once: a refined query searches only its new word and the whole query', async () => {
    const terms: (string | null)[] = [];
    const pagefind = fakePagefind();
    const search = pagefind.search;
    pagefind.search = (term, options) => {
      terms.push(term);
      return search(term, options);
    };
    await rankAnswers(pagefind, 'kafka topic', {});
    terms.length = 0;
    await rankAnswers(pagefind, 'kafka topic replicas', {});
    expect(terms.sort()).toEqual(['kafka topic replicas', 'replicas']);
  });

  it('hands over the first screenful while the records of the rest still load', async () => {
    const corpus = Array.from({ length: 10 }, (_, index) => ({
      url: `/kafka/page-${index}/`,
      section: 'Kafka fundamentals',
      content: `Kafka answer ${index}`,
    }));
    const { promise: rest, resolve: releaseRest } = Promise.withResolvers<void>();
    const firstScreens: number[] = [];
    const ranking = rankAnswers(
      fakePagefind([], corpus, (index) => (index < 6 ? Promise.resolve() : rest)),
      'kafka',
      {},
      {
        onFirstHits: (hits) => {
          firstScreens.push(hits.length);
          releaseRest();
        },
      },
    );
    expect(await ranking).toHaveLength(10);
    expect(firstScreens).toEqual([6]);
  });
});
