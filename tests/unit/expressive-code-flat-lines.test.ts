import rehypeExpressiveCode, { type RehypeExpressiveCodeOptions } from 'rehype-expressive-code';
import { describe, expect, it } from 'vitest';
import { pluginFlatLines } from '../../src/plugins/expressive-code-flat-lines.ts';
import { pluginOffscreenCodeBlocks } from '../../src/plugins/expressive-code-offscreen.ts';
import { pluginPlainTextTokens } from '../../src/plugins/expressive-code-plain-text.ts';
import { processMarkdown } from './markdown-pipeline.ts';

const fence = (meta: string, lines: readonly string[]) => `\`\`\`${meta}\n${lines.join('\n')}\n\`\`\``;

/** The whole output (block and styles), as the site's plugins render it with or without this one. */
async function render(markdown: string, flat = true): Promise<string> {
  const options: RehypeExpressiveCodeOptions = {
    themes: ['night-owl', 'night-owl-light'],
    defaultProps: { wrap: true, preserveIndent: true },
    plugins: [
      pluginPlainTextTokens(),
      pluginOffscreenCodeBlocks({ minLines: 3 }),
      ...(flat ? [pluginFlatLines()] : []),
    ],
  };
  const { html } = await processMarkdown(markdown, { rehype: [[rehypeExpressiveCode, options]] });
  return html;
}

const codeOf = (html: string) => /<code>(.*?)<\/code>/s.exec(html)?.[1] ?? '';
const lineElements = (html: string) =>
  [...codeOf(html).matchAll(/<div class="ec-line[^"]*"[^>]*>/g)].map(([tag]) => tag);

/** The code as a browser lays it out: each line element a row of its own, its line breaks kept. */
const laidOutText = (html: string) =>
  codeOf(html)
    .split(/<div class="ec-line[^"]*"[^>]*>/)
    .slice(1)
    .map((line) => line.replace(/<[^>]+>/g, '').replace(/\n$/, ''))
    .join('\n');

const go = [
  'package main',
  '',
  'import "fmt"',
  '',
  'func main() {',
  '\tfmt.Println("a line long enough to wrap on a phone, with an indent")',
  '\treturn',
  '}',
];

describe('pluginFlatLines', () => {
  it('gives a line an element only when it can wrap with an indent, and the first line one of its own', async () => {
    const html = await render(fence('go', go));
    expect(codeOf(html)).toMatchSnapshot();
    expect(lineElements(html)).toEqual([
      '<div class="ec-line code">',
      '<div class="ec-line code">',
      '<div class="ec-line code" style="--ecIndent:2ch">',
      '<div class="ec-line code">',
    ]);
  });

  it('keeps every line of the code, blank lines included', async () => {
    const lines = ['package main', '', 'func f() {', '\treturn', '}', '', '', 'var x = 1'];
    const flat = await render(fence('go', lines));
    expect(laidOutText(flat)).toBe(laidOutText(await render(fence('go', lines), false)));
    expect(laidOutText(flat)).toBe(lines.join('\n').replaceAll('\t', '  '));
  });

  it('gives the last blank line of a run its own line break, so it keeps a row', async () => {
    const wraps = '\tfmt.Println("a line long enough to wrap on a phone, with an indent")';
    const code = codeOf(await render(fence('go', ['func f() {', '}', '', wraps])));
    expect(code).toContain('<div class="ec-line code">}\n\n</div><div class="ec-line code" style="--ecIndent:2ch">');
  });

  it('joins the indent to a first word that fits the narrowest box, and not to a longer one', async () => {
    const long = 'x'.repeat(19);
    const code = codeOf(
      await render(
        fence('go', ['func f() {', `\treturn ${long} + y + z + more + words`, `\t${long} = 1 + 2 + 3 + 4 + 5 + 6 + 7`]),
      ),
    );
    expect(code).toContain(
      '<span style="--0:#C792EA;--0fs:italic;--1:#8D46B4;--1fs:italic;white-space:pre">  return</span>',
    );
    expect(code).toMatch(new RegExp(`<span class="indent">  </span><span style="[^"]*">${long}</span>`));
  });

  it('leaves a block with a marked line as Expressive Code drew it', async () => {
    const markdown = fence('go {2}', ['func f() {', '\treturn', '}']);
    expect(codeOf(await render(markdown))).toBe(codeOf(await render(markdown, false)));
    expect(codeOf(await render(markdown))).toContain('<div class="ec-line highlight mark"');
  });

  it('counts skipped rows on the lines as Expressive Code drew them', async () => {
    const markdown = fence('go', go);
    const rows = (html: string) => /<pre[^>]*style="[^"]*(--code-rows:\d+;--code-rows-narrow:\d+)/.exec(html)?.[1];
    expect(rows(await render(markdown))).toBe(rows(await render(markdown, false)));
    expect(rows(await render(markdown))).toBeDefined();
  });

  it('styles a flat line as Expressive Code styles a code box', async () => {
    const html = await render(fence('go', go));
    expect(html).toMatch(
      /\.ec-line\.code\{display:block;[^}]*border-inline-start:var\(--ecGtrBrdWd\) solid transparent/,
    );
    expect(html).toMatch(
      /pre\.wrap \.ec-line\.code\{white-space:pre-wrap;overflow-wrap:anywhere;min-width:min\(20ch, var\(--ecMaxLine, 20ch\)\)\}/,
    );
  });
});
