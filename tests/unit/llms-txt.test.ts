import { describe, expect, it } from 'vitest';
import { llmsFull, llmsIndex } from '../../src/build/llms-txt.ts';

describe('llmsIndex', () => {
  it('writes the llms.txt convention: # title, > summary, details, ## groups of - [name](url): description', () => {
    const text = llmsIndex({
      title: 'Backend Handbook',
      summary: 'Precise answers\nfor backend engineers.',
      details: 'Every page is also published as Markdown.',
      groups: [
        {
          label: 'Start here',
          pages: [{ title: 'Backend Handbook', description: '', markdownUrl: 'https://example.org/index.md' }],
        },
        { label: 'Empty section', pages: [] },
        {
          label: 'Consumers',
          pages: [
            {
              title: 'Ordering [Kafka]',
              description: 'What order Kafka\n  guarantees.',
              markdownUrl: 'https://example.org/kafka/ordering/index.md',
            },
          ],
        },
      ],
    });
    expect(text).toBe(
      [
        '# Backend Handbook',
        '',
        '> Precise answers for backend engineers.',
        '',
        'Every page is also published as Markdown.',
        '',
        '## Start here',
        '',
        '- [Backend Handbook](https://example.org/index.md)',
        '',
        '## Consumers',
        '',
        '- [Ordering \\[Kafka\\]](https://example.org/kafka/ordering/index.md): What order Kafka guarantees.',
        '',
      ].join('\n'),
    );
  });
});

describe('llmsFull', () => {
  it('joins the copies in order, each under the address it is published at, with a rule between', () => {
    const text = llmsFull([
      { markdownUrl: 'https://example.org/a/index.md', markdown: '# A\n\nText a.\n' },
      { markdownUrl: 'https://example.org/b/index.md', markdown: '# B\n\nText b.\n' },
    ]);
    expect(text).toBe(
      [
        '<!-- https://example.org/a/index.md -->',
        '',
        '# A',
        '',
        'Text a.',
        '',
        '---',
        '',
        '<!-- https://example.org/b/index.md -->',
        '',
        '# B',
        '',
        'Text b.',
        '',
      ].join('\n'),
    );
  });
});
