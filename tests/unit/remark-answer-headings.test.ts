import { compile } from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import { describe, expect, it } from 'vitest';
import { AnswerIdClaims } from '../../src/plugins/answer-id-claims.ts';
import { remarkAnswerHeadings } from '../../src/plugins/remark-answer-headings.ts';
import { failureOf, processMarkdown } from './markdown-pipeline.ts';

const page = `## How does Kafka order messages? :answer{#kafka-ordering level=basic tags="kafka ordering"}

Within one partition only.

More detail.

## Can retries reorder a partition? :answer{#kafka-retries level=advanced tags="kafka retries" related="kafka-ordering"}

Not with the idempotent producer.
`;

function withPlugin(claims = new AnswerIdClaims()) {
  return { remark: [remarkAnswerHeadings({ claims, mergedTags: { 'vector-clock': 'vector-clocks' } })] };
}

describe('remarkAnswerHeadings', () => {
  it('turns question headings into answer headings with id, level and tags', async () => {
    const { html } = await processMarkdown(page, withPlugin());
    expect(html).toMatchSnapshot();
  });

  it('records every answer of the page for the pages that list answers', async () => {
    const { file } = await processMarkdown(page, withPlugin());
    expect(file.data.astro?.frontmatter?.answers).toEqual([
      {
        id: 'kafka-ordering',
        question: 'How does Kafka order messages?',
        level: 'basic',
        tags: ['kafka', 'ordering'],
        related: [],
        summary: 'Within one partition only.',
        line: 1,
      },
      {
        id: 'kafka-retries',
        question: 'Can retries reorder a partition?',
        level: 'advanced',
        tags: ['kafka', 'retries'],
        related: ['kafka-ordering'],
        summary: 'Not with the idempotent producer.',
        line: 7,
      },
    ]);
  });

  it('shows chips only for the tags that have a page', async () => {
    const { html } = await processMarkdown(page, {
      remark: [remarkAnswerHeadings({ getTagsWithPages: async () => new Set(['kafka']) })],
    });
    const chips = [...html.matchAll(/class="answer-tag"[^>]*>([^<]+)</g)].map(([, tag]) => tag);
    expect(chips).toEqual(['kafka', 'kafka']);
    expect(html).toContain('data-tags="kafka ordering"');
  });

  it('keeps inline code in the question and strips only the directive', async () => {
    const { html } = await processMarkdown(
      '## What does `go run` do? :answer{#go-run level=basic tags="go build"}\n\nIt builds and runs.\n',
      withPlugin(),
    );
    expect(html).toContain(
      '<h2 id="go-run" data-answer="" data-level="basic" data-tags="go build">What does <code>go run</code> do?</h2>',
    );
  });

  it('parses in MDX, where braces would otherwise start an expression', async () => {
    const compiled = await compile(page, {
      remarkPlugins: [remarkDirective, remarkAnswerHeadings({ claims: new AnswerIdClaims() })],
    });
    expect(String(compiled)).toContain('id: "kafka-ordering"');
  });

  it('leaves plain h2 headings alone on pages that opt out of questions', async () => {
    const { html } = await processMarkdown('## About\n\nText.\n', {
      ...withPlugin(),
      frontmatter: { questions: false },
    });
    expect(html).toContain('<h2>About</h2>');
  });

  it('releases a file’s ids when it is processed again (dev server edits)', async () => {
    const claims = new AnswerIdClaims();
    await processMarkdown(page, withPlugin(claims));
    await expect(processMarkdown(page, withPlugin(claims))).resolves.toBeDefined();
  });
});

describe('remarkAnswerHeadings stops the build with file and line', () => {
  const cases: Array<[string, string, RegExp, number]> = [
    ['a question without an id', '## What is Kafka?\n\nA log.\n', /has no answer id/, 1],
    ['a directive without an id', '## What? :answer{level=basic tags="x"}\n\nA.\n', /has no id/, 1],
    ['a malformed id', '## What? :answer{#Kafka_Ordering level=basic tags="x"}\n\nA.\n', /malformed/, 1],
    ['an unknown level', '## What? :answer{#what level=expert tags="x"}\n\nA.\n', /Unknown level "expert"/, 1],
    [
      'an unknown attribute',
      '## What? :answer{#what level=basic tag="x"}\n\nA.\n',
      /Unknown :answer attribute "tag"/,
      1,
    ],
    ['missing tags', '## What? :answer{#what level=basic}\n\nA.\n', /has no tags/, 1],
    ['a malformed tag', '## What? :answer{#what level=basic tags="Kafka"}\n\nA.\n', /Tag "Kafka"/, 1],
    [
      'a merged tag',
      '## What? :answer{#what level=basic tags="clocks vector-clock"}\n\nA.\n',
      /Tag "vector-clock" of "what" was merged into "vector-clocks"/,
      1,
    ],
    [
      'no short answer',
      '## What? :answer{#what level=basic tags="x"}\n\n- a list\n',
      /must open with its short answer/,
      1,
    ],
    ['a directive on an h3', 'Intro.\n\n### What? :answer{#what level=basic tags="x"}\n\nA.\n', /belongs on an h2/, 3],
    ['a directive mid-heading', '## What :answer{#what level=basic tags="x"} is it?\n\nA.\n', /at the end/, 1],
    ['a stray directive', 'Some :answer{#what level=basic tags="x"} text.\n', /belongs at the end of an h2/, 1],
    [
      'an id used twice on one page',
      '## A? :answer{#same level=basic tags="x"}\n\nA.\n\n## B? :answer{#same level=basic tags="x"}\n\nB.\n',
      /"same" is already used at .*page\.md:1/,
      5,
    ],
  ];

  it.each(cases)('on %s', async (_, markdown, message, line) => {
    const failure = await failureOf(markdown, withPlugin());
    expect(failure.message).toMatch(message);
    expect(failure.line).toBe(line);
  });

  it('on an id already used by another file', async () => {
    const claims = new AnswerIdClaims();
    await processMarkdown(page, { ...withPlugin(claims), path: '/site/src/content/docs/a.md' });
    const failure = await failureOf('Intro.\n\n## Again? :answer{#kafka-ordering level=basic tags="x"}\n\nA.\n', {
      ...withPlugin(claims),
      path: '/site/src/content/docs/b.md',
    });
    expect(failure.message).toMatch(/"kafka-ordering" is already used at .*a\.md:1/);
    expect(failure.line).toBe(3);
  });
});
