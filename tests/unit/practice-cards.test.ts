import { describe, expect, it } from 'vitest';
import type { LocatedAnswer } from '../../src/lib/collect-answers.ts';
import { practiceData } from '../../src/lib/practice-cards.ts';

const answer = (id: string, page: string): LocatedAnswer => ({
  id,
  question: `Question ${id}?`,
  summary: `Answer ${id}.`,
  level: 'basic',
  tags: ['kafka'],
  related: [],
  line: 1,
  page,
  pageTitle: `Page ${page}`,
  file: `src/content/docs/${page}.mdx`,
});

describe('practice data', () => {
  const sections = [
    { directory: 'go/language', label: 'Go language', summary: '' },
    { directory: 'kafka/consumers', label: 'Consumers', summary: '' },
  ];
  const registry = {
    answers: { 'go-a': { page: 'go/language/a' }, 'kafka-b': { page: 'kafka/consumers/b' } },
    renamed: { 'old-b': { to: 'older-b', pages: ['kafka/consumers/b'] }, 'older-b': { to: 'kafka-b', pages: [] } },
  };

  it('lists cards in sidebar order of sections and follows renamed ids to the current one', () => {
    const data = practiceData(
      [answer('kafka-b', 'kafka/consumers/b'), answer('go-a', 'go/language/a')],
      sections,
      registry,
      { consumers: 'consumer-groups' },
    );
    expect(data.cards.map(({ id, section }) => [id, section])).toEqual([
      ['go-a', 'go/language'],
      ['kafka-b', 'kafka/consumers'],
    ]);
    expect(data.sections).toEqual([
      { directory: 'go/language', label: 'Go language' },
      { directory: 'kafka/consumers', label: 'Consumers' },
    ]);
    expect(data.renamed).toEqual({ 'old-b': 'kafka-b', 'older-b': 'kafka-b' });
    expect(data.mergedTags).toEqual({ consumers: 'consumer-groups' });
  });
});
