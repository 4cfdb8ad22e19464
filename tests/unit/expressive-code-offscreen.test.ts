import type { Element } from '@astrojs/starlight/expressive-code/hast';
import rehypeExpressiveCode, { type RehypeExpressiveCodeOptions } from 'rehype-expressive-code';
import { describe, expect, it } from 'vitest';
import {
  NARROW_COLUMNS,
  pluginOffscreenCodeBlocks,
  WIDE_COLUMNS,
  wrappedRows,
} from '../../src/plugins/expressive-code-offscreen.ts';
import { processMarkdown } from './markdown-pipeline.ts';

const fence = (language: string, lines: readonly string[]) => `\`\`\`${language}\n${lines.join('\n')}\n\`\`\``;

/** The block's `<pre>` start tag, and the whole output with its styles, as Expressive Code renders them with the plugin. */
async function render(markdown: string): Promise<{ pre: string; html: string }> {
  const options: RehypeExpressiveCodeOptions = {
    themes: ['night-owl', 'night-owl-light'],
    defaultProps: { wrap: true, preserveIndent: true },
    plugins: [pluginOffscreenCodeBlocks({ minLines: 3 })],
  };
  const { html } = await processMarkdown(markdown, { rehype: [[rehypeExpressiveCode, options]] });
  return { pre: /<pre[^>]*>/.exec(html)?.[0] ?? '', html };
}

/** A rendered line as Expressive Code builds it: its text, and its wrap indent when it has one. */
const line = (text: string, indent = 0): Element => ({
  type: 'element',
  tagName: 'div',
  properties: { className: ['ec-line'], ...(indent > 0 && { style: `--ecIndent:${indent}ch` }) },
  children: [{ type: 'text', value: text }],
});

describe('pluginOffscreenCodeBlocks', () => {
  it('gives a long block its rows at both widths, and leaves a short one alone', async () => {
    const long = await render(fence('go', ['func main() {', `\tlog.Println("${'x'.repeat(80)}")`, '}']));
    expect(long.pre).toMatchSnapshot();
    const short = await render(fence('go', ['func main() {}', '']));
    expect(short.pre).not.toContain('--code-rows');
  });

  it("skips a long block's code off screen, sized by its rows, and draws it in print", async () => {
    const { html } = await render(fence('sh', ['one', 'two', 'three']));
    expect(html).toContain('content-visibility:auto');
    expect(html).toMatch(
      /--code-rows-here:var\(--code-rows\);[^}]*contain-intrinsic-block-size:auto calc\(var\(--code-rows-here\) \* var\(--ec-codeFontSize\) \* var\(--ec-codeLineHt\)\)/,
    );
    expect(html).toMatch(
      /@media \(max-width: ?50rem\)\{[^}]*--code-rows:'\] > code\{--code-rows-here:var\(--code-rows-narrow\)\}/,
    );
    expect(html).toMatch(/@media print\{[^}]*--code-rows:'\] > code\{content-visibility:visible\}/);
  });
});

describe('wrappedRows', () => {
  it('is one row for a line that fits, empty lines included', () => {
    expect(wrappedRows(line(''), WIDE_COLUMNS)).toBe(1);
    expect(wrappedRows(line('x'.repeat(WIDE_COLUMNS)), WIDE_COLUMNS)).toBe(1);
    expect(wrappedRows(line('\n'), NARROW_COLUMNS)).toBe(1);
  });

  it('wraps at spaces, and a space at the end of a row takes no room', () => {
    // "aaaa bbbb cccc" in 9 columns: "aaaa bbbb" fits with its space hanging, "cccc" goes on.
    expect(wrappedRows(line('aaaa bbbb cccc'), 9)).toBe(2);
    expect(wrappedRows(line('aaaa bbbb cccc'), 8)).toBe(3);
  });

  it('breaks a word longer than a row anywhere, and indents the rows after the first', () => {
    expect(wrappedRows(line('x'.repeat(25)), 10)).toBe(3);
    // 4 columns of indent: rows after the first hold 6 of 10 columns.
    expect(wrappedRows(line(`    ${'x'.repeat(22)}`, 4), 10)).toBe(4);
  });

  it('keeps the indent with the first word, as the wrap indent does', () => {
    expect(wrappedRows(line('    word', 4), 10)).toBe(1);
    expect(wrappedRows(line('    abcdef ghi', 4), 10)).toBe(2);
  });
});
