import { definePlugin, type ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import type { Element } from '@astrojs/starlight/expressive-code/hast';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';

/**
 * Columns of a wrapped code line on a phone and beside the sidebar, measured in the built site:
 * 35–43 on phones 360–430 px wide (39 at 390 px), 52–82 from 50rem up, where the sidebar appears
 * (71 at 1280 px, 82 from 1440 px).
 */
export const NARROW_COLUMNS = 39;
export const WIDE_COLUMNS = 72;

/**
 * Long code blocks are skipped while off screen. The browser neither styles nor lays out the
 * lines of a block far from the viewport (`content-visibility: auto`), which on a code-heavy page
 * is most of the work of loading it. A skipped block needs a height, so each block carries its
 * row count at both widths, lines wrapped as the page wraps them (keeping their indent); once
 * drawn, the browser keeps the real height. Find in page, links to answers below and the copy
 * button work on skipped blocks, and print draws every block. Blocks under `minLines` lines are
 * left alone: they cost little to lay out.
 *
 * In (`--ecIndent` is Expressive Code's wrap indent):
 *   <pre data-language="go" class="wrap" style="--ecMaxLine:97ch"><code><div class="ec-line" style="--ecIndent:2ch">…
 * Out:
 *   <pre data-language="go" class="wrap" style="--ecMaxLine:97ch;--code-rows:14;--code-rows-narrow:23"><code>…
 */
export function pluginOffscreenCodeBlocks({ minLines = 12 } = {}): ExpressiveCodePlugin {
  return definePlugin({
    name: 'offscreen-code-blocks',
    baseStyles: OFFSCREEN_STYLES,
    hooks: {
      postprocessRenderedBlock: ({ renderData }) => {
        const pre = select('pre', renderData.blockAst);
        if (!pre) return;
        const lines = selectAll('.ec-line', pre);
        if (lines.length < minLines) return;
        const rows = (columns: number) => lines.reduce((sum, line) => sum + wrappedRows(line, columns), 0);
        const style = typeof pre.properties.style === 'string' ? `${pre.properties.style};` : '';
        pre.properties.style = `${style}--code-rows:${rows(WIDE_COLUMNS)};--code-rows-narrow:${rows(NARROW_COLUMNS)}`;
      },
    },
  });
}

/**
 * The skipped code's height (of its content box: its padding comes on top) is its rows, sized by
 * Expressive Code's own variables, so a change of code font or line height follows. The code
 * element is the one skipped, not the `pre`: the `pre` scrolls sideways, and a skipped box inside
 * a scroller must not make it look scrollable when its lines are measured (as axe does).
 */
const OFFSCREEN_STYLES = `
pre[style*='--code-rows:'] > code {
  --code-rows-here: var(--code-rows);
  content-visibility: auto;
  contain-intrinsic-block-size: auto calc(var(--code-rows-here) * var(--ec-codeFontSize) * var(--ec-codeLineHt));
}
@media (max-width: 50rem) {
  pre[style*='--code-rows:'] > code {
    --code-rows-here: var(--code-rows-narrow);
  }
}
@media print {
  pre[style*='--code-rows:'] > code {
    content-visibility: visible;
  }
}
`;

/**
 * Rows one rendered line takes in `columns` columns, wrapped as `white-space: pre-wrap` wraps it:
 * at spaces (which hang at the end of a row), a word longer than a row broken anywhere, and every
 * row after the first `columns` less the line's indent (Expressive Code's `--ecIndent:Nch`), which
 * stays with the line's first word.
 */
export function wrappedRows(line: Element, columns: number): number {
  const text = textOf(line).replace(/\n$/, '');
  const indent = Number(/--ecIndent:\s*(\d+)ch/.exec(String(line.properties.style ?? ''))?.[1] ?? 0);
  const continuation = Math.max(columns - indent, 1);
  let rows = 1;
  let used = 0;
  let width = columns;
  const nextRow = () => {
    rows += 1;
    used = 0;
    width = continuation;
  };
  for (const word of text.match(/^\s*\S*\s*|\S+\s*/g) ?? []) {
    const visible = word.trimEnd().length;
    if (used > 0 && used + visible > width) nextRow();
    let rest = visible;
    while (used + rest > width) {
      rest -= width - used;
      nextRow();
    }
    used += rest + word.length - visible;
  }
  return rows;
}
