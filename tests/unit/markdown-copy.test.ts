import { describe, expect, it } from 'vitest';
import { mdxToMarkdown } from '../../src/build/markdown-copy.ts';

/** A question page as authors write them: every construct the handbook's content uses. */
const PAGE = `---
title: Message ordering in Kafka
description: What order Kafka guarantees and how keys keep events in sequence.
sidebar:
  order: 2
---

import SectionIndex from '../../components/SectionIndex.astro';

## How does Kafka order messages? :answer{#kafka-ordering level=basic tags="kafka ordering"}

Within a partition only: see [choosing a key](#kafka-ordering-keys) and [producers](/kafka/producers/#kafka-acks).

\`\`\`mermaid caption="Same key, same partition"
flowchart LR
  accTitle: Keys map events to one partition
  accDescr: Events with one key go to one partition.
  E1["order-42"] --> P1["Partition 1"]
  click P1 "/kafka/consumers/ordering/#kafka-ordering-keys" "Choosing a key"
\`\`\`

:::caution[Common misconception]
Records without a key are **not** sent round-robin.
:::

| Setting | Reorders? |
| --- | --- |
| \`enable.idempotence=true\` | No |
| \`enable.idempotence=false\` | Yes |

## How do you choose a partition key? :answer{#kafka-ordering-keys level=intermediate tags="kafka message-keys"}

Use the id of the thing whose events must stay in sequence; retries at 12:00 UTC do not change it. Press <kbd>Ctrl</kbd>+<kbd>K</kbd> to search, or read the [sibling page](../delivery/).

\`\`\`go run
package main

func main() {}
\`\`\`

<SectionIndex />
`;

const options = {
  path: 'src/content/docs/kafka/consumers/ordering.mdx',
  page: 'kafka/consumers/ordering',
  site: 'https://example.org',
  base: '/handbook/',
  components: {
    SectionIndex: () => [
      {
        type: 'list' as const,
        children: [
          {
            type: 'listItem' as const,
            children: [
              {
                type: 'paragraph' as const,
                children: [
                  {
                    type: 'link' as const,
                    url: '/kafka/consumers/ordering/',
                    children: [{ type: 'text' as const, value: 'Ordering' }],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
};

describe('mdxToMarkdown', () => {
  it('rewrites a question page as plain Markdown: answers, code, tables, asides, diagrams, absolute links', async () => {
    const markdown = await mdxToMarkdown({ source: PAGE, ...options });
    expect(markdown).toMatchSnapshot();
    // What must never leak from the MDX, whatever the snapshot says.
    expect(markdown).not.toMatch(/:answer|:::|<kbd>|<SectionIndex|^import |\]\(\/|\]\(#|\]\(\.\.|"\/kafka/m);
  });

  it('keeps the answer ids visibly, as {#id} at the end of each question', async () => {
    const markdown = await mdxToMarkdown({ source: PAGE, ...options });
    expect(markdown.match(/^## .*$/gm)).toEqual([
      '## How does Kafka order messages? {#kafka-ordering}',
      '## How do you choose a partition key? {#kafka-ordering-keys}',
    ]);
  });

  it('makes links absolute at the domain root too', async () => {
    const markdown = await mdxToMarkdown({ source: PAGE, ...options, base: '/' });
    expect(markdown).toContain('[producers](https://example.org/kafka/producers/#kafka-acks)');
    expect(markdown).toContain('click P1 "https://example.org/kafka/consumers/ordering/#kafka-ordering-keys"');
  });

  it('stops on a component that has no Markdown, naming it and its line', async () => {
    const source = '---\ntitle: T\n---\n\nimport Widget from "./Widget.astro";\n\nText.\n\n<Widget />\n';
    await expect(mdxToMarkdown({ source, ...options, components: {} })).rejects.toThrow(
      /<Widget> has no Markdown copy/,
    );
    await expect(mdxToMarkdown({ source, ...options, components: {} })).rejects.toMatchObject({ line: 9 });
  });

  it('turns an aside inside an aside into a block quote inside the block quote', async () => {
    const source = '---\ntitle: T\n---\n\n::::note[Outer]\nOuter.\n\n:::tip\nInner.\n:::\n::::\n';
    expect(await mdxToMarkdown({ source, ...options })).toContain(
      '> **Outer**\n>\n> Outer.\n>\n> > **Tip**\n> >\n> > Inner.\n',
    );
  });

  it('drops MDX comments, as the page does, and still stops on any other expression', async () => {
    const source = '---\ntitle: T\n---\n\n{/* Checked against Kafka 4.1. */}\n\nText {/* note */} here.\n';
    const markdown = await mdxToMarkdown({ source, ...options });
    expect(markdown).not.toMatch(/\{|\/\*|Checked/);
    expect(markdown).toContain('Text  here.');
    await expect(mdxToMarkdown({ source: '---\ntitle: T\n---\n\nSum: {1 + 1}\n', ...options })).rejects.toThrow(
      /mdxTextExpression/,
    );
  });

  it('stops on an aside type Starlight does not have', async () => {
    const source = '---\ntitle: T\n---\n\n:::warning\nText.\n:::\n';
    await expect(mdxToMarkdown({ source, ...options })).rejects.toThrow(/"warning" \(containerDirective\)/);
  });
});
