import { describe, expect, it } from 'vitest';
import { planQuery } from '../../src/client/search/query-plan.ts';
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
    });
  });

  it('pins the best answer of a glossary term the whole query names', () => {
    expect(planQuery('EOS', glossary).pinned).toEqual(['kafka-exactly-once']);
    expect(planQuery('Exactly once', glossary).pinned).toEqual(['kafka-exactly-once']);
    expect(planQuery('EOS in Kafka', glossary).pinned).toEqual([]);
  });

  it('reads misspellings and variants of one-word terms as the term', () => {
    expect(planQuery('kafak ordering', glossary).primary).toBe('kafka ordering');
    expect(planQuery('golang mutex', glossary).primary).toBe('go mutex');
    expect(planQuery('consumer lagg', glossary).primary).toBe('consumer lagg');
  });

  it('falls back to the query itself when every word is a stop word', () => {
    expect(planQuery('What is it?', glossary)).toEqual({ pinned: [], primary: 'What is it?', words: [] });
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
