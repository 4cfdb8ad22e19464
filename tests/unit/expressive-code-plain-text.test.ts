import rehypeExpressiveCode, { type RehypeExpressiveCodeOptions } from 'rehype-expressive-code';
import { describe, expect, it } from 'vitest';
import { pluginPlainTextTokens } from '../../src/plugins/expressive-code-plain-text.ts';
import { processMarkdown } from './markdown-pipeline.ts';

const fence = (language: string, code: string) => `\`\`\`${language}\n${code}\n\`\`\``;

/** The code lines only: the rest of Expressive Code's output (frame, copy button, styles) is not ours. */
async function codeLines(
  markdown: string,
  plugins: RehypeExpressiveCodeOptions['plugins'] = [],
  themes: RehypeExpressiveCodeOptions['themes'] = ['night-owl', 'night-owl-light'],
): Promise<string[]> {
  const options: RehypeExpressiveCodeOptions = {
    themes,
    defaultProps: { wrap: true, preserveIndent: true },
    plugins,
  };
  const { html } = await processMarkdown(markdown, { rehype: [[rehypeExpressiveCode, options]] });
  return [...html.matchAll(/<div class="code">(.*?)<\/div><\/div>/gs)].map(([, line]) => line ?? '');
}

/** Two themes that draw keywords in the text colour of one of them, and comments in it but italic. */
const themes: RehypeExpressiveCodeOptions['themes'] = [
  {
    name: 'test-dark',
    type: 'dark',
    colors: { 'editor.foreground': '#dddddd', 'editor.background': '#111111' },
    tokenColors: [
      { scope: 'keyword', settings: { foreground: '#dddddd' } },
      { scope: 'comment', settings: { foreground: '#dddddd', fontStyle: 'italic' } },
      { scope: 'string', settings: { foreground: '#ffcc66' } },
    ],
  },
  {
    name: 'test-light',
    type: 'light',
    colors: { 'editor.foreground': '#222222', 'editor.background': '#ffffff' },
    tokenColors: [
      { scope: 'keyword', settings: { foreground: '#7700aa' } },
      { scope: 'comment', settings: { foreground: '#222222', fontStyle: 'italic' } },
      { scope: 'string', settings: { foreground: '#884400' } },
    ],
  },
];

const text = (html: string) => html.replace(/<[^>]+>/g, '');
const elements = (lines: readonly string[]) => lines.join('').match(/<span/g)?.length ?? 0;

describe('pluginPlainTextTokens', () => {
  const go = fence('go', 'func main() {\n\tif err := run(); err != nil {\n\t\tlog.Fatal(err)\n\t}\n}');

  it('leaves plain text unwrapped and every coloured token as it was', async () => {
    const lines = await codeLines(go, [pluginPlainTextTokens()]);
    expect(lines).toMatchSnapshot();
  });

  it('keeps the text of every line, and the coloured tokens of the unchanged output', async () => {
    const before = await codeLines(go);
    const after = await codeLines(go, [pluginPlainTextTokens()]);
    expect(after.map(text)).toEqual(before.map(text));
    const coloured = (lines: readonly string[]) =>
      lines.flatMap((line) => [...line.matchAll(/<span style="([^"]+)">/g)].map(([, style]) => style));
    const plain = '--0:#D6DEEB;--1:#403F53';
    expect(coloured(after)).toEqual(coloured(before).filter((style) => style !== plain));
    expect(coloured(before)).toContain(plain);
    expect(elements(after)).toBeLessThan(elements(before));
  });

  it('keeps a token in the text colour of one theme only, or with a style beyond colour', async () => {
    const lines = await codeLines(
      fence('go', 'func f() { // note\n\treturn "x"\n}'),
      [pluginPlainTextTokens()],
      themes,
    );
    const html = lines.join('');
    // Keywords: the dark theme's text colour, the light theme's purple.
    expect(html).toContain('<span style="--0:#DDDDDD;--1:#7700AA">func</span>');
    // Comments: the text colour in both themes, but italic.
    expect(html).toMatch(/<span style="--0:#DDDDDD;--0fs:italic;--1:#222222;--1fs:italic">\/\/ note<\/span>/);
    // Identifiers and punctuation: the text colour in both themes, and nothing else.
    expect(html).toContain('> f() { <');
  });

  it('unwraps a nested span whose colours are those it inherits, and keeps one that differs', async () => {
    // Night Owl light draws the parameter list in one colour, the dark theme splits it: EC nests
    // the dark theme's spans inside one light-theme span.
    const signature = fence('go', 'func Acquire(ctx context.Context, key string) {\n}');
    const before = (await codeLines(signature)).join('');
    expect(before).toContain('<span style="--1:#403F53"><span style="--0:#D6DEEB">(</span>');
    const after = (await codeLines(signature, [pluginPlainTextTokens()])).join('');
    expect(text(after)).toBe(text(before));
    expect(after).not.toMatch(/--0:#D6DEEB|--1:#403F53/);
    // A parameter name has a colour of its own in the dark theme, and inherits the text colour in the light one.
    expect(after).toContain('(<span style="--0:#D7DBE0">ctx</span> context.Context, ');
  });

  it('keeps the indent marker of a wrapped line', async () => {
    const lines = await codeLines(go, [pluginPlainTextTokens()]);
    expect(lines[1]).toContain('<span class="indent">');
  });
});
