import { describe, expect, it } from 'vitest';
import { tagsOf } from '../../src/lib/answer-groups.ts';
import { collectAnswers, type LocatedAnswer } from '../../src/lib/collect-answers.ts';
import { mergedTags, singleAnswerTags, tagRedirects, tagsWithPages } from '../../src/lib/tag-vocabulary.ts';

const answer = (id: string, tags: string[]): LocatedAnswer => ({
  id,
  question: `${id}?`,
  level: 'basic',
  tags,
  related: [],
  summary: '',
  line: 1,
  page: `topic/${id}`,
  pageTitle: id,
  file: `src/content/docs/topic/${id}.mdx`,
});

describe('the tag vocabulary', () => {
  const answers = [answer('one', ['kafka', 'vector-clocks']), answer('two', ['kafka', 'crdt'])];

  it('gives a page to tags with two answers or more, and lists single-answer tags with their answer', () => {
    expect(tagsWithPages(answers).map(({ tag }) => tag)).toEqual(['kafka']);
    expect(singleAnswerTags(answers).map(({ tag, answer: only }) => [tag, only.id])).toEqual([
      ['crdt', 'two'],
      ['vector-clocks', 'one'],
    ]);
  });

  it('forwards a single-answer tag to its answer, and a merged tag to what it became', () => {
    const redirects = new Map(tagRedirects(answers).map(({ tag, target }) => [tag, target]));
    expect(redirects.get('crdt')).toBe('topic/two/#two');
    expect(redirects.get('vector-clock')).toBe('topic/one/#one'); // vector-clocks has one answer here
    expect(redirects.get('kafka')).toBeUndefined();
    const withVectorPage = [...answers, answer('three', ['vector-clocks'])];
    expect(tagRedirects(withVectorPage)).toContainEqual({ tag: 'vector-clock', target: 'tags/vector-clocks/' });
  });

  it('merges each retired tag into a tag the handbook uses, never into another retired one', async () => {
    const used = new Set(tagsOf(await collectAnswers(process.cwd())).map(({ tag }) => tag));
    for (const [retired, into] of Object.entries(mergedTags)) {
      expect(used.has(retired), `${retired} is still used`).toBe(false);
      expect(used.has(into), `${retired} → ${into}, which no answer carries`).toBe(true);
    }
  });
});
