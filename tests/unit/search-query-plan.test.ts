import { describe, expect, it } from 'vitest';
import { normalise, planQuery } from '../../src/client/search/query-plan.ts';
import { editDistance, glossaryMatches, nearTerms } from '../../src/client/search/suggestions.ts';
import type { GlossaryTerm } from '../../src/lib/glossary-schema.ts';

const term = (fields: Partial<GlossaryTerm> & Pick<GlossaryTerm, 'id' | 'term'>): GlossaryTerm => ({
  aliases: [],
  misspellings: [],
  definition: 'Definition.',
  answers: [`${fields.id}-answer`],
  ...fields,
});

const glossary = [
  term({
    id: 'eos',
    term: 'EOS',
    expansion: 'exactly-once semantics',
    aliases: ['exactly once'],
    answers: ['kafka-exactly-once', 'x'],
  }),
  term({ id: 'kafka', term: 'Kafka', misspellings: ['kafak', 'kakfa'] }),
  term({ id: 'go', term: 'Go', misspellings: ['golang'] }),
  term({ id: 'consumer-lag', term: 'Consumer lag', misspellings: ['consumer lagg'] }),
  term({ id: 'jaeger', term: 'Jaeger' }),
];

describe('planQuery', () => {
  it('keeps the meaningful words: Pagefind would otherwise demand "why" and "are" too', () => {
    expect(planQuery('Why are extra consumers idle?', glossary)).toEqual({
      pinned: [],
      primary: 'extra consumers idle',
      words: ['extra', 'consumers', 'idle'],
      boosted: [],
    });
  });

  it('pins the best answer of a glossary term the whole query names', () => {
    expect(planQuery('EOS', glossary).pinned).toEqual(['kafka-exactly-once']);
    expect(planQuery('Exactly once', glossary).pinned).toEqual(['kafka-exactly-once']);
    expect(planQuery('EOS in Kafka', glossary).pinned).toEqual([]);
  });

  it('reads hyphens and underscores in glossary names as spaces, as readers type them', () => {
    expect(planQuery('exactly once semantics', glossary).pinned).toEqual(['kafka-exactly-once']);
    expect(planQuery('exactly-once semantics', glossary).pinned).toEqual(['kafka-exactly-once']);
    expect(glossaryMatches('exactly once semantics', glossary).map((match) => match.id)).toEqual(['eos']);
    expect(planQuery('replay with exactly once semantics', glossary).boosted).toEqual(['kafka-exactly-once', 'x']);
  });

  it('adds the term to misspellings and variants of one-word terms, keeping what was typed', () => {
    expect(planQuery('kafak ordering', glossary).words).toEqual(['kafak', 'kafka', 'ordering']);
    expect(planQuery('golang mutex', glossary).primary).toBe('golang go mutex');
    expect(planQuery('consumer lagg', glossary).primary).toBe('consumer lagg');
  });

  it('boosts the answers of glossary terms a longer query mentions, by any of their names', () => {
    expect(planQuery('EOS in Kafka', glossary).boosted).toEqual(['kafka-exactly-once', 'x', 'kafka-answer']);
    expect(planQuery('how does exactly once work', glossary).boosted).toEqual(['kafka-exactly-once', 'x']);
    expect(planQuery('EOS', glossary).boosted).toEqual([]);
    expect(planQuery('partition leaders', glossary).boosted).toEqual([]);
  });

  it('falls back to the normalised query when every word is a stop word', () => {
    expect(planQuery('What is it?', glossary)).toEqual({ pinned: [], primary: 'what is it', words: [], boosted: [] });
  });

  it('has no words for punctuation, control characters or an empty query', () => {
    for (const query of ['', '   ', '?!...', '"""', '\u0000\u0007\u200f', '= : ,']) {
      expect(planQuery(query, glossary)).toEqual({ pinned: [], primary: '', words: [], boosted: [] });
    }
  });

  it('searches at most twelve words of a pasted paragraph', () => {
    const paragraph = Array.from({ length: 100 }, (_, index) => `word${index}`).join(' ');
    expect(planQuery(paragraph, glossary).words).toHaveLength(12);
  });
});

describe('normalise', () => {
  it('keeps identifiers whole and splits at other punctuation, as the index does', () => {
    expect(normalise('net/http/pprof')).toBe('net/http/pprof');
    expect(normalise('kafka-consumer-groups.sh --reset-offsets')).toBe('kafka-consumer-groups.sh reset-offsets');
    expect(normalise('max.poll.interval.ms')).toBe('max.poll.interval.ms');
    expect(normalise('GODEBUG=gctrace=1')).toBe('godebug gctrace 1');
    expect(normalise('"context deadline exceeded"')).toBe('context deadline exceeded');
    expect(normalise('errgroup.WithContext(ctx)')).toBe('errgroup.withcontext ctx');
    expect(normalise('Kafka.')).toBe('kafka');
  });

  it('keeps letters of every script, so right-to-left text is a word and not noise', () => {
    expect(normalise('  שלום\u200f עולם ')).toBe('שלום עולם');
  });
});

describe('glossary suggestions', () => {
  it('matches a term named by the query, by name, expansion or alias', () => {
    expect(glossaryMatches('eos', glossary).map(({ id }) => id)).toEqual(['eos']);
    expect(glossaryMatches('exactly-once semantics', glossary).map(({ id }) => id)).toEqual(['eos']);
    expect(glossaryMatches('what is eos', glossary).map(({ id }) => id)).toEqual(['eos']);
    expect(glossaryMatches('partition', glossary)).toEqual([]);
  });

  it('suggests terms near a query that found nothing', () => {
    expect(nearTerms('jaegar', glossary).map(({ id }) => id)).toEqual(['jaeger']);
    expect(nearTerms('qwxyzq', glossary)).toEqual([]);
  });

  it('measures edit distance', () => {
    expect(editDistance('kafka', 'kafak')).toBe(2);
    expect(editDistance('jaeger', 'jaegar')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
