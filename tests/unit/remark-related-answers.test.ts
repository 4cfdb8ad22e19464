import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/lib/answer-model.ts';
import type { LocatedAnswer } from '../../src/lib/collect-answers.ts';
import { AnswerIdClaims } from '../../src/plugins/answer-id-claims.ts';
import { remarkAnswerHeadings } from '../../src/plugins/remark-answer-headings.ts';
import { remarkRelatedAnswers } from '../../src/plugins/remark-related-answers.ts';
import { failureOf, processMarkdown } from './markdown-pipeline.ts';

const answer = (id: string, page: string, tags: string[], level: Level = 'basic'): LocatedAnswer => ({
  id,
  page,
  tags,
  level,
  question: `Question ${id}?`,
  related: [],
  summary: 'Summary.',
  line: 1,
  pageTitle: page,
  file: `${page}.mdx`,
});

const site = [
  answer('isr', 'kafka/replication', ['kafka', 'replication', 'isr']),
  answer('acks', 'kafka/producers', ['kafka', 'replication', 'acks']),
  answer('unclean', 'kafka/replication', ['kafka', 'isr', 'leader-election']),
  answer('raft', 'distributed/raft', ['raft', 'replication', 'leader-election']),
  answer('ordering', 'kafka/ordering', ['kafka', 'ordering']),
  answer('lag', 'kafka/lag', ['kafka', 'consumer-lag']),
];

const page = `## Question isr? :answer{#isr level=basic tags="kafka replication isr"}

Summary.

Detail.

## Question unclean? :answer{#unclean level=basic tags="kafka isr leader-election" related="raft"}

Summary.
`;

function plugins(minimum = 3) {
  return {
    path: '/site/src/content/docs/kafka/replication.md',
    remark: [
      remarkAnswerHeadings({ claims: new AnswerIdClaims() }),
      remarkRelatedAnswers({ getAnswers: async () => site, minimum }),
    ],
  };
}

describe('remarkRelatedAnswers', () => {
  it('ends each answer with the author’s picks, then the answers sharing its rarest tags', async () => {
    const { html } = await processMarkdown(page, plugins());
    expect(html).toMatchSnapshot();
  });

  it('puts each block before the next question, not after it', async () => {
    const { html } = await processMarkdown(page, plugins());
    const firstBlock = html.indexOf('answer-related');
    expect(firstBlock).toBeGreaterThan(html.indexOf('id="isr"'));
    expect(firstBlock).toBeLessThan(html.indexOf('id="unclean"'));
  });

  it('never lists an answer under itself, nor one that shares no tag', async () => {
    const { html } = await processMarkdown(page, plugins(5));
    const firstBlock = html.slice(html.indexOf('answer-related'), html.indexOf('id="unclean"'));
    expect(firstBlock).not.toContain('#isr"');
    expect(firstBlock).toContain('#acks"');
    const lastBlock = html.slice(html.lastIndexOf('answer-related'));
    expect(lastBlock.indexOf('#raft"')).toBeLessThan(lastBlock.indexOf('#isr"'));
  });

  it('stops the build on a related id that does not exist', async () => {
    const failure = await failureOf(
      '## Q? :answer{#isr level=basic tags="kafka" related="no-such-answer"}\n\nSummary.\n',
      plugins(),
    );
    expect(failure.message).toMatch(/Related id "no-such-answer" of "isr" is not an answer/);
    expect(failure.line).toBe(1);
  });
});
