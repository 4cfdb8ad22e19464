import { definePlugin, type ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import type { Element, ElementContent } from '@astrojs/starlight/expressive-code/hast';

/**
 * Code in the colour it would have anyway needs no element of its own. Expressive Code wraps every
 * token in a `<span>` that sets its colour per theme (`--0` for the first theme, `--1` for the
 * second), plain identifiers and punctuation included: about 30% of a Go block's elements. Where
 * the themes split a run of code differently, spans nest, and an inner span inherits the theme
 * colours it does not set from the outer one (the colour is `var(--N, inherit)`).
 * A span that sets only colours, each the one its text inherits there (the nearest enclosing
 * span's, or else the code's text colour), is replaced by its text.
 *
 * In (Night Owl dark and light, whose text colours are #d6deeb and #403f53):
 *   <div class="code"><span style="--0:#C792EA;--1:#8844AE">return</span><span style="--0:#D6DEEB;--1:#403F53"> err</span></div>
 *   <div class="code"><span style="--1:#403F53"><span style="--0:#D6DEEB">(</span><span style="--0:#D7DBE0">ctx</span></span></div>
 * Out:
 *   <div class="code"><span style="--0:#C792EA;--1:#8844AE">return</span> err</div>
 *   <div class="code">(<span style="--0:#D7DBE0">ctx</span></div>
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

/** Unwraps the plain tokens under `parent`, where theme N's text is `inherited[N]`. */
function unwrapPlainTokens(parent: Element, inherited: readonly (string | undefined)[]): void {
  const children: ElementContent[] = [];
  for (const child of parent.children) {
    if (child.type !== 'element') {
      children.push(child);
      continue;
    }
    const colours = tokenColours(child);
    if (colours && [...colours].every(([theme, colour]) => colour === inherited[theme])) {
      unwrapPlainTokens(child, inherited);
      children.push(...child.children);
      continue;
    }
    const within = [...inherited];
    for (const [theme, colour] of colours ?? []) within[theme] = colour;
    unwrapPlainTokens(child, within);
    children.push(child);
  }
  parent.children = children;
}

/**
 * The colours a span with no class sets, by theme (lowercase), if its style sets nothing but
 * `--N` colours; undefined for any other element or style.
 */
function tokenColours(element: Element): Map<number, string> | undefined {
  if (element.tagName !== 'span' || element.properties.className !== undefined) return undefined;
  const style = element.properties.style;
  if (typeof style !== 'string' || style === '') return undefined;
  const colours = new Map<number, string>();
  for (const declaration of style.split(';')) {
    if (declaration.trim() === '') continue;
    const match = /^\s*--(\d+)\s*:\s*(#[0-9a-f]+)\s*$/i.exec(declaration);
    if (!match?.[2]) return undefined;
    colours.set(Number(match[1]), match[2].toLowerCase());
  }
  return colours;
}
