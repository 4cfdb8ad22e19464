import { describe, expect, it } from 'vitest';
import { type Filters, type Pagefind, type PagefindResult, rankAnswers } from '../../src/client/search/engine.ts';

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
function fakePagefind(): Pagefind {
  const records = pages.map((page) => ({
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
          data: async () => record,
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
});
