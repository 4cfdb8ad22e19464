import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixtures } from '../support/fixture-project.ts';

/**
 * Each kind of bad input stops the real build (a copy of the site with only a few pages), and
 * the message names the file, the line and what is wrong.
 */
const goodPage = `---
title: A good page
sidebar:
  order: 1
---

## Is this page fine? :answer{#fixture-good level=basic tags="fixture"}

Yes: it exists so that other fixtures can collide with it.
`;

afterAll(removeFixtures);

describe('a build with bad input fails early and clearly', () => {
  it('stops on a diagram Mermaid cannot parse, with file, line and Mermaid’s message', async () => {
    const { code, output } = await buildFixture('invalid-diagram', {
      'kafka/consumers/diagram.mdx': `---
title: A broken diagram
---

## What does this show? :answer{#fixture-diagram level=basic tags="fixture"}

Nothing: the diagram below is broken.

\`\`\`mermaid
flowchart LR
  accTitle: Broken
  accDescr: An arrow that goes nowhere.
  A -->
\`\`\`
`,
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/Mermaid could not parse this diagram: Parse error on line \d+/);
    expect(output).toMatch(/src\/content\/docs\/kafka\/consumers\/diagram\.mdx:1[0-4]:\d+/);
  });

  it('stops a production build without SITE_URL, saying what to set', async () => {
    const { code, output } = await buildFixture(
      'no-site-url',
      { 'kafka/consumers/good.mdx': goodPage },
      { PRODUCTION: '1', SITE_URL: '' },
    );
    expect(code).not.toBe(0);
    expect(output).toContain('SITE_URL is not set, and this is a production build (PRODUCTION=1): set SITE_URL');
  });

  it('stops on an answer id used twice, naming both places', async () => {
    const { code, output } = await buildFixture('duplicate-id', {
      'kafka/consumers/good.mdx': goodPage,
      'kafka/consumers/again.mdx': `---
title: Again
---

Intro.

## Is this the same question? :answer{#fixture-good level=basic tags="fixture"}

Same id, different page.
`,
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /Answer id "fixture-good" is already used at src\/content\/docs\/kafka\/consumers\/(good|again)\.mdx:\d+/,
    );
    expect(output).toMatch(/src\/content\/docs\/kafka\/consumers\/(again|good)\.mdx:\d+:\d+/);
  });

  it('stops on invalid frontmatter, naming the field and its line', async () => {
    const { code, output } = await buildFixture('invalid-frontmatter', {
      'kafka/consumers/frontmatter.mdx': `---
title: Bad frontmatter
reviewed: last tuesday
sidebar:
  order: first
---

## Is the date valid? :answer{#fixture-frontmatter level=basic tags="fixture"}

No.
`,
    });
    expect(code).not.toBe(0);
    expect(output).toContain('src/content/docs/kafka/consumers/frontmatter.mdx:3: frontmatter "reviewed"');
    expect(output).toContain('src/content/docs/kafka/consumers/frontmatter.mdx:5: frontmatter "sidebar.order"');
  });

  it('stops on a broken internal link, naming the file, the line and the link', async () => {
    const { code, output } = await buildFixture('broken-link', {
      'kafka/consumers/good.mdx': goodPage,
      'kafka/consumers/links.mdx': `---
title: Broken links
---

## Where does this lead? :answer{#fixture-links level=basic tags="fixture"}

To [a missing page](/kafka/nowhere/) and to [a missing answer](/kafka/consumers/good/#no-such-id).
`,
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(/kafka\/consumers\/links\.mdx[\s\S]*7 \| \/kafka\/nowhere\/[\s\S]*invalid link/);
    expect(output).toMatch(/\/kafka\/consumers\/good\/#no-such-id[\s\S]*invalid hash/);
  });

  it('builds the same fixture site when nothing is wrong', async () => {
    const { code, output } = await buildFixture('valid', { 'kafka/consumers/good.mdx': goodPage });
    expect(output).toContain('Complete!');
    expect(code).toBe(0);
  });
});
