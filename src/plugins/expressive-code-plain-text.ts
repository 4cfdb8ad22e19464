import { definePlugin, type ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import type { Element, ElementContent } from '@astrojs/starlight/expressive-code/hast';

/**
 * Code in the block's own text colour needs no element of its own. Expressive Code wraps every
 * token in a `<span>` that sets its colour per theme (`--0` for the first theme, `--1` for the
 * second), plain identifiers and punctuation included: about 30% of a Go block's elements.
 * A span whose colour is the code's text colour in every theme, and that sets nothing else, is
 * replaced by its text; the text inherits that same colour from the line.
 *
 * In (Night Owl dark and light, whose text colours are #d6deeb and #403f53):
 *   <div class="code"><span style="--0:#C792EA;--1:#8844AE">return</span><span style="--0:#D6DEEB;--1:#403F53"> err</span></div>
 * Out:
 *   <div class="code"><span style="--0:#C792EA;--1:#8844AE">return</span> err</div>
 */
export function pluginPlainTextTokens(): ExpressiveCodePlugin {
  return definePlugin({
    name: 'plain-text-tokens',
    hooks: {
      postprocessRenderedLine: ({ styleVariants, renderData }) => {
        const textColours = styleVariants.map((variant) =>
          variant.resolvedStyleSettings.get('codeForeground')?.toLowerCase(),
        );
        unwrapPlainTokens(renderData.lineAst, textColours);
      },
    },
  });
}

function unwrapPlainTokens(parent: Element, textColours: readonly (string | undefined)[]): void {
  const children: ElementContent[] = [];
  for (const child of parent.children) {
    if (child.type !== 'element') {
      children.push(child);
      continue;
    }
    if (isPlainToken(child, textColours)) {
      children.push(...child.children);
      continue;
    }
    unwrapPlainTokens(child, textColours);
    children.push(child);
  }
  parent.children = children;
}

/** A span with no class whose style only sets `--N` colours, each the N-th theme's text colour. */
function isPlainToken(element: Element, textColours: readonly (string | undefined)[]): boolean {
  if (element.tagName !== 'span' || element.properties.className !== undefined) return false;
  const style = element.properties.style;
  if (typeof style !== 'string' || style === '') return false;
  return style.split(';').every((declaration) => {
    const match = /^\s*--(\d+)\s*:\s*(#[0-9a-f]+)\s*$/i.exec(declaration);
    if (!match) return declaration.trim() === '';
    const expected = textColours[Number(match[1])];
    return expected !== undefined && match[2]?.toLowerCase() === expected;
  });
}
