import { afterEach, describe, expect, it, vi } from 'vitest';
import { mdxToMarkdown } from '../../src/build/markdown-copy.ts';
import {
  fullAnswerMarkdown,
  pageMarkdownUrl,
  shortAnswerMarkdown,
  sliceAnswer,
} from '../../src/client/answer-markdown.ts';
import { suggestFixUrl } from '../../src/client/suggest-fix.ts';

/** Made by the build's own conversion, so the slicer is tested on the copies the site publishes. */
const page = await mdxToMarkdown({
  path: 'src/content/docs/kafka/ordering.mdx',
  page: 'kafka/ordering',
  site: 'https://example.org',
  base: '/',
  source: [
    '---',
    'title: Ordering',
    '---',
    '',
    '## How does Kafka order messages? :answer{#kafka-ordering level=basic tags="kafka"}',
    '',
    'Within a partition only.',
    '',
    'More detail, see [keys](#kafka-ordering-keys).',
    '',
    '```md',
    '## Not a question {#kafka-ordering-keys}',
    '```',
    '',
    '## How do you choose a *partition* key? :answer{#kafka-ordering-keys level=basic tags="kafka"}',
    '',
    'Use the entity id.',
    '',
    '| Key | Order |',
    '| --- | --- |',
    '| order id | per order |',
    '',
    '```mermaid',
    'flowchart LR',
    '  accTitle: T',
    '  accDescr: D',
    '  A --> B',
    '```',
  ].join('\n'),
});

describe('sliceAnswer', () => {
  it('cuts an answer from its question to the next question, past a heading inside a code block', () => {
    expect(sliceAnswer(page, 'kafka-ordering')).toEqual({
      question: 'How does Kafka order messages?',
      body: [
        'Within a partition only.',
        '',
        'More detail, see [keys](https://example.org/kafka/ordering/#kafka-ordering-keys).',
        '',
        '```md',
        '## Not a question {#kafka-ordering-keys}',
        '```',
      ].join('\n'),
    });
  });

  it('runs the last answer to the end of the page, tables and diagram source included', () => {
    const answer = sliceAnswer(page, 'kafka-ordering-keys');
    expect(answer?.question).toBe('How do you choose a _partition_ key?');
    expect(answer?.body).toMatch(
      /^Use the entity id\.\n\n\| Key \| Order \|[\s\S]*```mermaid\nflowchart LR[\s\S]*```$/,
    );
  });

  it('finds nothing for an id that is not on the page, or only a prefix of one', () => {
    expect(sliceAnswer(page, 'kafka')).toBeUndefined();
    expect(sliceAnswer(page, 'kafka-ordering-key')).toBeUndefined();
  });
});

describe('copied answers', () => {
  const answer = { question: 'Q?', body: 'Short answer\nover two lines.\n\nDetails.\n\n```go\nx := 1\n```' };

  it('as Markdown: the question, the short answer and the permanent link', () => {
    expect(shortAnswerMarkdown(answer, 'https://example.org/a/q/')).toBe(
      '## Q?\n\nShort answer\nover two lines.\n\nPermanent link: https://example.org/a/q/\n',
    );
  });

  it('in full: the question, everything under it and the permanent link', () => {
    expect(fullAnswerMarkdown(answer, 'https://example.org/a/q/')).toBe(
      '## Q?\n\nShort answer\nover two lines.\n\nDetails.\n\n```go\nx := 1\n```\n\nPermanent link: https://example.org/a/q/\n',
    );
  });
});

describe('pageMarkdownUrl', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is the index.md beside the page, whether its address ends in a slash, index.html or neither', () => {
    for (const address of [
      'https://example.org/handbook/kafka/ordering/#kafka-ordering',
      'https://example.org/handbook/kafka/ordering/index.html',
      'https://example.org/handbook/kafka/ordering?utm=x',
    ]) {
      vi.stubGlobal('location', new URL(address));
      expect(pageMarkdownUrl(), address).toBe('https://example.org/handbook/kafka/ordering/index.md');
    }
  });
});

describe('suggestFixUrl', () => {
  it('opens a new issue whose title and body name the answer, its permanent link and its source', () => {
    const url = new URL(
      suggestFixUrl(
        {
          issueUrl: 'https://github.com/example/handbook/issues/new',
          sourceUrl: 'https://github.com/example/handbook/blob/main/src/content/docs/kafka/ordering.mdx',
        },
        {
          id: 'kafka-ordering',
          question: 'How does Kafka order messages?',
          permanentLink: 'https://example.org/a/kafka-ordering/',
        },
      ),
    );
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/example/handbook/issues/new');
    expect(url.searchParams.get('title')).toBe('Fix: How does Kafka order messages? (kafka-ordering)');
    const body = url.searchParams.get('body') ?? '';
    expect(body).toContain('Answer: `kafka-ordering`');
    expect(body).toContain('Permanent link: https://example.org/a/kafka-ordering/');
    expect(body).toContain('Source: https://github.com/example/handbook/blob/main/src/content/docs/kafka/ordering.mdx');
  });
});
