import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMermaidRenderer,
  DiagramMergeError,
  type DiagramRenderer,
  DiagramSyntaxError,
  type RenderedDiagram,
} from '../../src/build/mermaid-renderer.ts';
import { remarkMermaidDiagrams } from '../../src/plugins/remark-mermaid-diagrams.ts';
import { failureOf, processMarkdown } from './markdown-pipeline.ts';

const fence = (body: string, meta = '') => `Intro.\n\n\`\`\`mermaid${meta ? ` ${meta}` : ''}\n${body}\n\`\`\`\n`;

const flowchart = `flowchart LR
  accTitle: Keys to partitions
  accDescr: A producer hashes the key to pick a partition.
  A[Producer] --> B[Partition 1]
  click B "/kafka/consumers/ordering/#kafka-ordering-keys" "Choosing a key"`;

/** Draws a predictable SVG so the figure around it can be snapshotted. */
function fakeRenderer(): DiagramRenderer & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    renderedCount: 0,
    async render(source) {
      calls.push(source);
      if (source.includes('BROKEN')) throw new DiagramSyntaxError('Parse error on line 2: unexpected BROKEN', 2);
      if (source.includes('UNMERGEABLE')) throw new DiagramMergeError('the light and dark drawings differ after …');
      const svg =
        '<svg id="mmd-0123456789" role="img"><style>#mmd-0123456789 rect{fill:var(--d0)}#mmd-0123456789{--d0:#fff}</style>' +
        '<a xlink:href="/kafka/consumers/ordering/#kafka-ordering-keys"><rect id="mmd-0123456789-1"/></a></svg>';
      return { svg, width: 620.5, height: 180 } satisfies RenderedDiagram;
    },
    async close() {},
  };
}

describe('remarkMermaidDiagrams (figure around the SVGs)', () => {
  it('replaces a mermaid fence with a figure holding one drawing in a box of its size, caption and links', async () => {
    const renderer = fakeRenderer();
    const { html } = await processMarkdown(fence(flowchart, 'caption="Same key, same partition"'), {
      remark: [remarkMermaidDiagrams({ renderer })],
    });
    expect(html).toMatchSnapshot();
  });

  it('prefixes the base path to links in the SVG and under it', async () => {
    const { html } = await processMarkdown(fence(flowchart), {
      remark: [remarkMermaidDiagrams({ renderer: fakeRenderer(), base: '/handbook/' })],
    });
    expect(html).toContain('<a xlink:href="/handbook/kafka/consumers/ordering/#kafka-ordering-keys"><rect');
    expect(html).toContain('<a href="/handbook/kafka/consumers/ordering/#kafka-ordering-keys">Choosing a key</a>');
  });

  it('numbers the ids of a diagram repeated on one page so they never collide', async () => {
    const { html } = await processMarkdown(`${fence(flowchart)}\n${fence(flowchart)}`, {
      remark: [remarkMermaidDiagrams({ renderer: fakeRenderer() })],
    });
    expect(html.match(/id="mmd-0123456789"/g)).toHaveLength(1);
    expect(html).toContain('id="mmd-0123456789-2"');
    expect(html).toContain('id="mmd-0123456789-2-1"');
    // The repeat's colours follow it: its theme rule names its own id.
    expect(html).toContain('#mmd-0123456789-2{--d0:#fff}');
  });

  it('leaves other code blocks and pages without diagrams untouched', async () => {
    const renderer = fakeRenderer();
    const { html } = await processMarkdown('```go\npackage main\n```\n', {
      remark: [remarkMermaidDiagrams({ renderer })],
    });
    expect(renderer.calls).toHaveLength(0);
    expect(html).toBe('<pre><code class="language-go">package main\n</code></pre>');
  });

  it('stops the build at the diagram line Mermaid names', async () => {
    const failure = await failureOf(fence('flowchart LR\n  accTitle: T\n  accDescr: D\n  BROKEN'), {
      remark: [remarkMermaidDiagrams({ renderer: fakeRenderer() })],
    });
    expect(failure.message).toMatch(/Mermaid could not parse this diagram: Parse error on line 2/);
    expect(failure.line).toBe(5);
  });

  it('stops the build at a diagram whose theme drawings cannot be one SVG, saying why', async () => {
    const failure = await failureOf(fence('flowchart LR\n  accTitle: T\n  accDescr: D\n  UNMERGEABLE'), {
      remark: [remarkMermaidDiagrams({ renderer: fakeRenderer() })],
    });
    expect(failure.message).toMatch(/light and dark drawings cannot be merged into one SVG: the light and dark/);
    expect(failure.line).toBe(3);
  });

  it.each([
    ['no accessible title', 'flowchart LR\n  accDescr: D\n  A --> B', '', /no accessible title/],
    ['no description', 'flowchart LR\n  accTitle: T\n  A --> B', '', /no description/],
    ['an unknown option', flowchart, 'title="x"', /Unknown diagram option "title"/],
    ['stray text in the fence meta', flowchart, 'wide', /Unexpected text after/],
  ])('stops the build on %s', async (_, body, meta, message) => {
    const failure = await failureOf(fence(body, meta), {
      remark: [remarkMermaidDiagrams({ renderer: fakeRenderer() })],
    });
    expect(failure.message).toMatch(message);
    expect(failure.line).toBe(3);
  });

  it('accepts a caption in place of accTitle', async () => {
    const { html } = await processMarkdown(fence('flowchart LR\n  accDescr: D\n  A --> B', 'caption="Shown caption"'), {
      remark: [remarkMermaidDiagrams({ renderer: fakeRenderer() })],
    });
    expect(html).toContain('<figcaption>Shown caption</figcaption>');
  });
});

describe('createMermaidRenderer (Mermaid in Chromium)', () => {
  let cacheDir: string;
  let renderer: DiagramRenderer;

  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'diagram-cache-'));
    renderer = createMermaidRenderer({ cacheDir });
  });

  afterAll(async () => {
    await renderer.close();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('draws one accessible SVG for both themes, its ids scoped to the diagram, coloured per theme', async () => {
    const rendered = await renderer.render(
      'sequenceDiagram\n  accTitle: Ping\n  accDescr: A pings B.\n  A->>B: ping\n  B-->>A: pong',
      {},
    );
    const { svg } = rendered;
    expect(svg.match(/<svg\b/g)).toHaveLength(1);
    const ownId = /^<svg[^>]*\sid="(mmd-[0-9a-f]{10})"/.exec(svg)?.[1] ?? '';
    expect(ownId).not.toBe('');
    expect(svg).toMatch(/^<svg[^>]*\srole="img"/);
    expect(svg).not.toContain('aria-roledescription');
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id);
    expect(ids.every((id) => id?.startsWith(ownId))).toBe(true);
    expect(svg).toMatch(new RegExp(`aria-labelledby="${ownId}-title"`));
    expect(svg).toMatch(new RegExp(`<title id="${ownId}-title">Ping</title>`));
    expect(svg).toMatch(new RegExp(`<desc id="${ownId}-desc">A pings B.</desc>`));
    expect(svg).toContain(`:root:not([data-theme="light"]) #${ownId}{--d0:`);
    expect(rendered.width).toBeGreaterThan(0);
    expect(rendered.height).toBeGreaterThan(0);
  });

  it('merges a diagram whose shapes rough.js draws, its colours moved from attributes into styles', async () => {
    // The start and end states are rough.js paths with fill and stroke attributes in theme colours.
    const rendered = await renderer.render(
      'stateDiagram-v2\n  accTitle: States\n  accDescr: From start to A to end.\n  [*] --> A\n  A --> [*]',
      {},
    );
    expect(rendered.svg).toMatch(/<path[^>]*\sstyle="[^"]*(fill|stroke):var\(--d\d+\)/);
    expect(rendered.svg).not.toMatch(/\s(fill|stroke)="var\(/);
  });

  it('gives a diagram without accTitle the caption as its accessible name', async () => {
    const rendered = await renderer.render('flowchart LR\n  A --> B', { title: 'From the caption', description: 'D' });
    expect(rendered.svg).toContain('>From the caption</title>');
    expect(rendered.svg).toContain('>D</desc>');
  });

  it('serves a diagram it has drawn before from the disk cache', async () => {
    const source = 'flowchart LR\n  accTitle: Cached\n  accDescr: Drawn once.\n  X --> Y';
    const first = await renderer.render(source);
    const drawn = renderer.renderedCount;
    const fresh = createMermaidRenderer({ cacheDir });
    const again = await fresh.render(source);
    expect(again).toEqual(first);
    expect(fresh.renderedCount).toBe(0);
    expect(renderer.renderedCount).toBe(drawn);
    expect((await readdir(cacheDir)).filter((name) => name.endsWith('.json')).length).toBeGreaterThan(0);
  });

  it("reports Mermaid's own message and line for a diagram it cannot parse", async () => {
    const error = await renderer.render('flowchart LR\n  A --> B\n  B -->').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DiagramSyntaxError);
    expect((error as DiagramSyntaxError).message).toMatch(/Parse error on line \d+/);
    expect((error as DiagramSyntaxError).line).toBeGreaterThan(0);
  });
});
