import { definePlugin, type ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import type { Element, ElementContent } from '@astrojs/starlight/expressive-code/hast';
import { select } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';

/**
 * A code line takes one element only when it needs one, and none most of the time. Expressive
 * Code draws each line as a grid (`.ec-line`) holding its code box (`.code`), so that a gutter or a
 * line marker can sit beside it, and a wrapped line keeps its indent (`--ecIndent`). In a block
 * with no gutter and no marked line:
 * - a line that can wrap with an indent (indented, and longer than the narrowest code box) is one
 *   element, `.ec-line.code`, which takes the code box's styles (below);
 * - the other lines (not indented, or too short to ever wrap, blank lines included) run together as
 *   text in one such element, line breaks and all, since nothing distinguishes their rows;
 * - the first line keeps its own element, which leaves room for the copy button.
 *
 * The indent marker also joins an indented line's first token when that token is one word and
 * both fit in the narrowest code box: the marker's only job is to keep the indent on the same row
 * as the first word, and a span that does not wrap (`white-space: pre`) does that for both.
 *
 * In (lines after the first):
 *   <div class="ec-line"><div class="code">}</div></div>
 *   <div class="ec-line"><div class="code">\n</div></div>
 *   <div class="ec-line" style="--ecIndent:2ch"><div class="code"><span class="indent">  </span><span style="--0:#C792EA">return</span> fmt.Errorf(…)</div></div>
 * Out:
 *   <div class="ec-line code">}\n\n</div>
 *   <div class="ec-line code" style="--ecIndent:2ch"><span style="--0:#C792EA;white-space:pre">  return</span> fmt.Errorf(…)</div>
 */
export function pluginFlatLines(): ExpressiveCodePlugin {
  return definePlugin({
    name: 'flat-lines',
    baseStyles: FLAT_LINE_STYLES,
    hooks: {
      postprocessRenderedBlock: ({ renderData }) => {
        const code = select('pre > code', renderData.blockAst);
        if (!code) return;
        const lines = code.children.map((line) => (line.type === 'element' ? plainLine(line) : undefined));
        if (lines.length === 0 || !lines.every((line) => line !== undefined)) return;
        code.children = writeLines(lines);
      },
    },
  });
}

/** The narrowest a wrapping code box gets, in columns: Expressive Code's `min-width` for it. */
const MIN_COLUMNS = 20;

/**
 * Expressive Code's `.ec-line .code` rules, for a line that is its own code box. The start padding
 * and the transparent gutter border are kept as they are: the browser draws a 1.5px border 1px wide,
 * so the same total width written as padding alone would move the text by half a pixel.
 * A long word wraps as with `break-word`; `anywhere` also keeps it out of the line's narrowest
 * width, as the code box's grid did, so one long word cannot widen the whole block on a phone.
 */
const FLAT_LINE_STYLES = `
.ec-line.code {
  display: block;
  box-sizing: content-box;
  --ecGtrBrdWd: var(--ec-gtrBrdWd);
  padding-inline: calc(var(--ecIndent, 0ch) + var(--ec-codePadInl) - var(--ecGtrBrdWd)) var(--ec-codePadInl);
  border-inline-start: var(--ecGtrBrdWd) solid transparent;
  text-indent: calc(var(--ecIndent, 0ch) * -1);
}
.ec-line.code :where(*) {
  text-indent: 0;
}
:nth-child(1 of .ec-line).code {
  padding-inline-end: calc(2rem + var(--ec-codePadInl));
}
pre.wrap .ec-line.code {
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  min-width: min(${MIN_COLUMNS}ch, var(--ecMaxLine, ${MIN_COLUMNS}ch));
}
pre.wrap .ec-line.code span.indent {
  white-space: pre;
}
`;

interface PlainLine {
  /** The line's `--ecIndent`, in columns. */
  indent: number;
  /** The line's style attribute, `--ecIndent` included. */
  style: string | undefined;
  /** The code box's children: tokens, text, and the indent marker. */
  children: ElementContent[];
  /** Its text, without the line break Expressive Code gives a blank line. */
  text: string;
}

/** The line, if it holds its code box and nothing else, and neither carries a marker class. */
function plainLine(line: Element): PlainLine | undefined {
  const [code, ...rest] = line.children;
  if (rest.length > 0 || code?.type !== 'element') return undefined;
  const classes = (element: Element) => String(element.properties.className ?? '');
  if (classes(line) !== 'ec-line' || classes(code) !== 'code' || code.properties.style !== undefined) return undefined;
  const style = typeof line.properties.style === 'string' ? line.properties.style : undefined;
  const indent = /^--ecIndent:(\d+)ch$/.exec(style ?? '');
  if (style !== undefined && !indent) return undefined;
  return { indent: Number(indent?.[1] ?? 0), style, children: code.children, text: textOf(code).replace(/\n$/, '') };
}

/** The block's lines as elements: one per line that can wrap with an indent, one per run of the others. */
function writeLines(lines: readonly PlainLine[]): Element[] {
  const elements: Element[] = [];
  let shared: PlainLine[] = [];
  const flush = () => {
    if (shared.length > 0) elements.push(lineElement(undefined, sharedText(shared)));
    shared = [];
  };
  lines.forEach((line, index) => {
    if (index > 0 && (line.indent === 0 || line.text.length <= MIN_COLUMNS)) {
      shared.push(line);
      return;
    }
    flush();
    elements.push(lineElement(line.style, joinIndentToFirstToken(line.children)));
  });
  flush();
  return elements;
}

function lineElement(style: string | undefined, children: ElementContent[]): Element {
  return { type: 'element', tagName: 'div', properties: { className: ['ec-line', 'code'], style }, children };
}

/**
 * Lines that share an element, separated by line breaks; their indent markers become plain
 * spaces (these lines never wrap). A last line that is blank keeps a line break of its own, as
 * Expressive Code gives it, or it would have no row.
 */
function sharedText(lines: readonly PlainLine[]): ElementContent[] {
  const nodes: ElementContent[] = [];
  lines.forEach((line, index) => {
    if (index > 0) nodes.push({ type: 'text', value: '\n' });
    for (const child of line.children) {
      const isMarker = child.type === 'element' && String(child.properties.className ?? '') === 'indent';
      if (isMarker) nodes.push({ type: 'text', value: textOf(child) });
      else if (child.type === 'text') nodes.push({ ...child, value: child.value.replace(/\n$/, '') });
      else nodes.push(child);
    }
  });
  if (lines.at(-1)?.text === '') nodes.push({ type: 'text', value: '\n' });
  return nodes.filter((node) => node.type !== 'text' || node.value !== '');
}

/**
 * The first token with the indent in front of it, as one span that does not wrap, when the token
 * is a class-less span of one word that fits with the indent in the narrowest code box.
 */
function joinIndentToFirstToken(children: ElementContent[]): ElementContent[] {
  const [indent, token, ...rest] = children;
  if (indent?.type !== 'element' || String(indent.properties.className ?? '') !== 'indent') return children;
  if (token?.type !== 'element' || token.tagName !== 'span' || token.properties.className !== undefined)
    return children;
  if (token.children.length !== 1 || token.children[0]?.type !== 'text') return children;
  const style = token.properties.style;
  const word = textOf(token);
  const indentText = textOf(indent);
  if (typeof style !== 'string' || /\s/.test(word) || indentText.length + word.length > MIN_COLUMNS) return children;
  const joined: Element = {
    ...token,
    properties: { ...token.properties, style: `${style};white-space:pre` },
    children: [{ type: 'text', value: indentText + word }],
  };
  return [joined, ...rest];
}
