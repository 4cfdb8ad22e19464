import { type Config, type CustomPlugin, optimize, type XastChild, type XastElement } from 'svgo';
import { dropSizelessRects } from './svg-drop-sizeless-rects.ts';
import { hoistSingleRow } from './svg-hoist-single-row.ts';
import { mergeGroupChains } from './svg-merge-group-chains.ts';
import { unwrapBareGroups } from './svg-unwrap-bare-groups.ts';
import { unwrapDefinitions } from './svg-unwrap-definitions.ts';

/**
 * Makes a drawn diagram smaller with SVGO, keeping everything the page relies on.
 *
 * Input: one merged Mermaid SVG (`<svg id="mmd-…" role="img" aria-labelledby="mmd-…-title" style="max-width: 620px; --diagram-width: 620px;">`
 * with a `<style>` of Mermaid's whole theme, unused markers and symbols, ids on every node).
 * Output: the same drawing without the style rules no element matches, the markers and symbols
 * nothing points to, the ids nothing refers to, Mermaid's `data-*` bookkeeping, default values,
 * and with shorter numbers, paths and colours. Kept: the ids referred to by `aria-labelledby`,
 * `aria-describedby`, `url(#…)`, `href` and the `<style>`; `<title>`, `<desc>`, `role`,
 * `aria-*`, links with their `tabindex`, and the root's style (`--diagram-width` included).
 * A label's words are its row's text, not an element each; then `elementRewrites` (by default
 * all of ELEMENT_REWRITES; the unit tests pass fewer) remove the elements that draw nothing.
 */
export function optimiseDiagramSvg(
  svg: string,
  rootId: string,
  elementRewrites: readonly CustomPlugin[] = ELEMENT_REWRITES,
): string {
  const config = diagramConfig(idsToKeep(svg, rootId), !STYLED_WORDS.test(svg), elementRewrites);
  const { data } = optimize(declareXlink(svg), config);
  assertReferencesResolve(data);
  return withViewBoxOf(svg, data);
}

/**
 * Fewer elements, the same drawing: each rewrite keeps only the changes after which every rule
 * of the drawing's style selects what it selected before. In this order: sizeless rects first
 * (then a label's group holds its text alone), groups last (once rows and rects are settled).
 */
export const ELEMENT_REWRITES: readonly CustomPlugin[] = [
  dropSizelessRects,
  hoistSingleRow,
  unwrapBareGroups,
  unwrapDefinitions,
  mergeGroupChains,
];

function diagramConfig(keep: string[], unwrapWords: boolean, elementRewrites: readonly CustomPlugin[]): Config {
  return {
    multipass: false,
    plugins: [
      {
        name: 'preset-default',
        params: {
          overrides: {
            // Mermaid's stylesheet selects by element name and class (`.node rect`, `.label text`),
            // so no element may change its name, lose its group or gain a class it did not have.
            convertShapeToPath: false,
            convertEllipseToCircle: false,
            collapseGroups: false,
            // Moving a rule into style attributes raises its specificity above the others.
            inlineStyles: false,
            // The description is the diagram's accessible description.
            removeDesc: false,
            removeUnknownsAndDefaults: { keepRoleAttr: true, keepAriaAttrs: true, keepDataAttrs: false },
            // The diagram has a <style>, so SVGO would otherwise leave every id alone; never
            // minified, since several diagrams share the page and their ids must stay apart.
            cleanupIds: { force: true, minify: false, preserve: keep },
            // Mermaid draws nothing hidden: on all 146 diagrams of the handbook the output is the
            // same without it, and it took 70% of the optimiser's time (360 → 104 ms a diagram).
            removeHiddenElems: false,
          },
        },
      },
      removeUnreferencedDefinitions,
      ...(unwrapWords ? [unwrapLabelWords] : []),
      ...elementRewrites,
    ],
  };
}

/**
 * The viewBox as Mermaid wrote it. SVGO rounds it to three decimals, and then the drawing's
 * aspect ratio no longer matches its width (from Mermaid's max-width): the height changes by a
 * fraction of a pixel, enough to move text onto other pixel rows.
 */
function withViewBoxOf(original: string, optimised: string): string {
  const viewBox = /^<svg[^>]*\s(viewBox="[^"]*")/.exec(original)?.[1];
  if (!viewBox) return optimised;
  return optimised.replace(/^(<svg[^>]*\s)viewBox="[^"]*"/, `$1${viewBox}`);
}

/**
 * The drawing was serialised as HTML, which writes `xlink:href` without declaring the prefix;
 * SVGO parses XML, which needs the declaration. The links keep `xlink:href`: inside the drawing
 * (an image to assistive technology) they are for the pointer only, and a plain `href` would make
 * axe count them as controls nested in the image.
 */
function declareXlink(svg: string): string {
  if (!svg.includes('xlink:') || /^<svg[^>]*\sxmlns:xlink=/.test(svg)) return svg;
  return svg.replace(/^<svg\b/, '<svg xmlns:xlink="http://www.w3.org/1999/xlink"');
}

/**
 * Ids that something outside SVGO's reference search points at: the root (the `<style>` rules
 * are scoped to it), the accessible name and description, and any id a style rule names.
 */
function idsToKeep(svg: string, rootId: string): string[] {
  const keep = new Set([rootId]);
  for (const [, list = ''] of svg.matchAll(/\saria-(?:labelledby|describedby)="([^"]*)"/g)) {
    for (const id of list.split(/\s+/)) if (id) keep.add(id);
  }
  for (const [, style = ''] of svg.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    for (const [, id = ''] of style.matchAll(/#(-?[A-Za-z_][\w-]*)/g)) keep.add(id);
  }
  return [...keep];
}

/** A marker or symbol without an id can never be used: Mermaid defines every kind whether drawn or not. */
const removeUnreferencedDefinitions: CustomPlugin = {
  name: 'removeUnreferencedDefinitions',
  fn: () => ({
    element: {
      enter: (node, parent) => {
        if ((node.name === 'marker' || node.name === 'symbol') && node.attributes.id == null) {
          parent.children = parent.children.filter((child) => child !== node);
        }
      },
    },
  }),
};

/** A `<style>` that names the words' class: then the words keep their elements. */
const STYLED_WORDS = /<style>(?:(?!<\/style>)[\s\S])*text-inner-tspan/;

/**
 * Mermaid writes each word of a label as a tspan of its own inside the row's tspan: "SET NX PX" is
 * three elements, a third of a flowchart's. They have nothing but their class, which no style rule
 * names, and no position, so each row's words become its text (whitespace as it was).
 *
 * In:  <tspan class="text-outer-tspan row" x="0" dy="1.1em"><tspan class="text-inner-tspan">SET</tspan><tspan class="text-inner-tspan"> NX</tspan></tspan>
 * Out: <tspan class="text-outer-tspan row" x="0" dy="1.1em">SET NX</tspan>
 */
const unwrapLabelWords: CustomPlugin = {
  name: 'unwrapLabelWords',
  fn: () => ({
    element: {
      enter: (node) => {
        if (node.name !== 'tspan' || !node.children.some(isLabelWord)) return;
        const children: XastChild[] = [];
        for (const child of node.children.flatMap((child) => (isLabelWord(child) ? child.children : [child]))) {
          const previous = children.at(-1);
          if (child.type === 'text' && previous?.type === 'text') previous.value += child.value;
          else children.push(child);
        }
        node.children = children;
      },
    },
  }),
};

function isLabelWord(node: XastChild): node is XastElement {
  if (node.type !== 'element' || node.name !== 'tspan') return false;
  const onlyTheClass = Object.keys(node.attributes).length === 1 && node.attributes.class === 'text-inner-tspan';
  return onlyTheClass && node.children.every((child) => child.type === 'text');
}

/** Every `url(#…)`, `href="#…"` and ARIA reference still names an element of the drawing. */
function assertReferencesResolve(svg: string): void {
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id));
  const references = [
    ...[...svg.matchAll(/url\(#([^)]+)\)/g)].map(([, id]) => id),
    ...[...svg.matchAll(/\s(?:xlink:)?href="#([^"]+)"/g)].map(([, id]) => id),
    ...[...svg.matchAll(/\saria-(?:labelledby|describedby)="([^"]*)"/g)].flatMap(([, list = '']) => list.split(/\s+/)),
  ];
  const broken = references.filter((id) => id && !ids.has(id));
  if (broken.length > 0) throw new Error(`SVGO left references to missing ids: ${[...new Set(broken)].join(', ')}`);
}
