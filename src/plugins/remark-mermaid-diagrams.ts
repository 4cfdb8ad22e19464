import type { Code, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import {
  DiagramMergeError,
  type DiagramRenderer,
  DiagramSyntaxError,
  type RenderedDiagram,
} from '../build/mermaid-renderer.ts';
import { withBase } from '../lib/paths.ts';
import { type DiagramLink, readDiagramFacts } from './mermaid-source.ts';

export interface MermaidDiagramsOptions {
  /** Draws a diagram's source to one SVG coloured for both site themes. */
  renderer: DiagramRenderer;
  /** The site's base path, prefixed to the diagram's internal links. */
  base?: string;
}

const KNOWN_META = new Set(['caption']);

/**
 * Replaces each ` ```mermaid ` fence with a figure that holds the diagram already drawn: one SVG
 * for both site themes, its colours custom properties that its own `<style>` sets per theme, so a
 * page needs no JavaScript to show it and a theme switch needs no re-render.
 *
 * ````md
 * ```mermaid caption="One consumer per partition"
 * flowchart LR
 *   accTitle: Partition assignment
 *   accDescr: Each partition of the topic is read by exactly one consumer of the group.
 *   P0[Partition 0] --> C1[Consumer 1]
 *   click P0 "/kafka/partitions/#kafka-partitions" "Why partitions"
 * ```
 * ````
 * becomes
 * ```html
 * <figure class="diagram" data-diagram data-diagram-source="flowchart LR…" data-description="Each partition…">
 *   <div class="diagram__canvas" data-pagefind-ignore tabindex="0">
 *     <div class="diagram__drawing" style="--diagram-width: 620px; aspect-ratio: 620 / 180">
 *       <svg id="mmd-0123456789" role="img" aria-labelledby="mmd-0123456789-title" …>
 *         <title id="mmd-0123456789-title">Partition assignment</title><desc …>…</desc>
 *         <style>#mmd-0123456789 .node rect{fill:var(--d0)}…
 *           #mmd-0123456789{--d0:#d7f4fb}:root:not([data-theme="light"]) #mmd-0123456789{--d0:#0d3a47}</style>
 *         …<a xlink:href="/kafka/partitions/#kafka-partitions" tabindex="-1">…</a>…
 *       </svg>
 *     </div>
 *   </div>
 *   <figcaption>One consumer per partition</figcaption>
 *   <p class="diagram__links">Linked answers: <a href="/kafka/partitions/#kafka-partitions">Why partitions</a></p>
 * </figure>
 * ```
 * The drawing's box has its natural aspect ratio and width before the SVG is laid out, so CSS can
 * skip drawings off screen (`content-visibility: auto`) without the page moving. The links under
 * the figure are real links: keyboard and screen-reader users can follow them, and the link
 * checker validates them. A diagram Mermaid cannot parse stops the build with the file, the line
 * and Mermaid's message; so does one without an accessible title or description, and one whose
 * light and dark drawings differ in more than colour (they could not be one SVG).
 */
export function remarkMermaidDiagrams({ renderer, base = '/' }: MermaidDiagramsOptions) {
  return () => async (tree: Root, file: VFile) => {
    const fences: Array<{ node: Code; index: number; parent: { children: RootContent[] } }> = [];
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang === 'mermaid' && parent && index !== undefined) fences.push({ node, index, parent });
    });
    if (fences.length === 0) return;

    const isMdx = file.path?.endsWith('.mdx') ?? false;
    const occurrences = new Map<string, number>();
    for (const { node, index, parent } of fences) {
      const caption = readCaption(node, file);
      const facts = readDiagramFacts(node.value);
      if (!facts.title && !caption) {
        file.fail('This diagram has no accessible title: add "accTitle: …" or a caption="…".', node);
      }
      if (!facts.description) {
        file.fail('This diagram has no description: add "accDescr: …" saying what it shows.', node);
      }
      const rendered = await renderOrFail(renderer, node, file, {
        title: facts.title ?? caption,
        description: facts.description,
      });
      const unique = uniquifyIds(rendered, occurrences);
      parent.children[index] = figure(node.value, unique, caption, facts.description ?? '', facts.links, {
        base,
        isMdx,
      });
    }
    if (file.data.astro?.frontmatter) file.data.astro.frontmatter.diagrams = fences.length;
  };
}

function readCaption(node: Code, file: VFile): string | undefined {
  const meta = node.meta ?? '';
  const pairs = [...meta.matchAll(/(\w+)="([^"]*)"/g)];
  const leftover = meta.replace(/(\w+)="([^"]*)"/g, '').trim();
  if (leftover) file.fail(`Unexpected text after \`\`\`mermaid: "${leftover}". Use caption="…".`, node);
  for (const [, key = ''] of pairs) {
    if (!KNOWN_META.has(key)) file.fail(`Unknown diagram option "${key}". Use caption="…".`, node);
  }
  return pairs.find(([, key]) => key === 'caption')?.[2]?.trim() || undefined;
}

async function renderOrFail(
  renderer: DiagramRenderer,
  node: Code,
  file: VFile,
  label: { title: string | undefined; description: string | undefined },
): Promise<RenderedDiagram> {
  try {
    return await renderer.render(node.value, label);
  } catch (error) {
    if (error instanceof DiagramMergeError) {
      file.fail(`This diagram's light and dark drawings cannot be merged into one SVG: ${error.message}`, node);
    }
    if (!(error instanceof DiagramSyntaxError)) throw error;
    file.fail(`Mermaid could not parse this diagram: ${error.message}`, diagramLine(node, error.line));
  }
}

/** The fence's own line plus Mermaid's line inside the diagram, kept within the fence. */
function diagramLine(node: Code, lineInDiagram: number | undefined): Position | undefined {
  const start = node.position?.start;
  const end = node.position?.end;
  if (!start || !end) return node.position;
  const line = Math.min(start.line + (lineInDiagram ?? 0), Math.max(start.line, end.line - 1));
  return { start: { line, column: 1 }, end: { line, column: 1 } };
}

/** The same diagram twice on one page would repeat its SVG ids: number the repeats. */
function uniquifyIds(rendered: RenderedDiagram, occurrences: Map<string, number>): RenderedDiagram {
  const prefix = /^<svg[^>]*\sid="(mmd-[0-9a-f]+)"/.exec(rendered.svg)?.[1];
  if (!prefix) return rendered;
  const count = (occurrences.get(prefix) ?? 0) + 1;
  occurrences.set(prefix, count);
  if (count === 1) return rendered;
  return { ...rendered, svg: rendered.svg.replaceAll(prefix, `${prefix}-${count}`) };
}

function figure(
  source: string,
  rendered: RenderedDiagram,
  caption: string | undefined,
  description: string,
  links: readonly DiagramLink[],
  { base, isMdx }: { base: string; isMdx: boolean },
): Paragraph {
  // The box takes the drawing's size before the SVG is laid out (and while CSS skips it off screen).
  const drawing = element(
    'div',
    {
      className: ['diagram__drawing'],
      style: `--diagram-width: ${rendered.width}px; aspect-ratio: ${rendered.width} / ${rendered.height}`,
    },
    [rawHtml(linkSvgToBase(rendered.svg, base), isMdx)],
  );
  const children: Paragraph[] = [
    // Focusable: on a phone the drawing keeps a readable size and the canvas scrolls sideways.
    element('div', { className: ['diagram__canvas'], 'data-pagefind-ignore': '', tabindex: '0' }, [
      drawing as unknown as PhrasingContent,
    ]),
  ];
  if (caption) children.push(element('figcaption', {}, [{ type: 'text', value: caption }]));
  if (links.length > 0) children.push(linkList(links, base));
  return {
    type: 'paragraph',
    data: {
      hName: 'figure',
      hProperties: {
        className: ['diagram'],
        'data-diagram': '',
        'data-diagram-source': source,
        // The search index reads it: the description is searchable, the drawing is not.
        'data-description': description,
      },
    },
    // A figure holds blocks; mdast has no such node, and to-hast does not mind the nesting.
    children: children as unknown as PhrasingContent[],
  };
}

function linkList(links: readonly DiagramLink[], base: string): Paragraph {
  const items: PhrasingContent[] = [{ type: 'text', value: 'Linked answers: ' }];
  links.forEach((link, position) => {
    if (position > 0) items.push({ type: 'text', value: ' · ' });
    items.push({ type: 'link', url: withBase(link.href, base), children: [{ type: 'text', value: link.label }] });
  });
  // Navigation, not content: kept out of the search index like the related answers.
  return element('p', { className: ['diagram__links'], 'data-pagefind-ignore': '' }, items);
}

function linkSvgToBase(svg: string, base: string): string {
  return svg.replace(/(xlink:href|href)="(\/[^"/][^"]*)"/g, (_, attribute: string, href: string) => {
    return `${attribute}="${withBase(href, base)}"`;
  });
}

/** A node that becomes `<tag …>` in HTML. */
function element(tag: string, properties: Record<string, string | string[]>, children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', data: { hName: tag, hProperties: properties }, children };
}

/** Markdown passes raw HTML through; MDX has no raw HTML, so it gets a `<Fragment set:html>`. */
function rawHtml(html: string, isMdx: boolean): PhrasingContent {
  if (!isMdx) return { type: 'html', value: html };
  const fragment: MdxJsxFlowElement = {
    type: 'mdxJsxFlowElement',
    name: 'Fragment',
    attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: html }],
    children: [],
  };
  return fragment as unknown as PhrasingContent;
}
