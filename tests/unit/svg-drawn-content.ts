import { type CheerioAPI, load } from 'cheerio';

/**
 * What a drawing draws, told apart from how its elements are nested, for tests of rewrites that
 * must not change it. Independent of the build's own guard (`src/build/svg-style-selection.ts`):
 * another parser (cheerio), and elements compared by what they draw, not by identity.
 *
 * A mark is one thing drawn: a shape with its geometry, or a run of text with the position its
 * first character gets; each with the transforms above it and the presentation attributes
 * nearest to it (as inherited: the closest element that gives one wins).
 */

/** The parts of cheerio's (domhandler's) nodes read here. */
interface Element {
  type: 'tag';
  name: string;
  attribs: Record<string, string>;
  children: AnyNode[];
  parent: AnyNode | null;
}
type AnyNode =
  | Element
  | { type: 'text'; data: string; parent: AnyNode | null }
  | { type: 'other'; parent: AnyNode | null };

const SHAPES = new Set(['rect', 'path', 'line', 'circle', 'ellipse', 'polygon', 'polyline']);
const GEOMETRY = ['x', 'y', 'width', 'height', 'rx', 'ry', 'd', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'points'];
const POSITION = ['x', 'y', 'dx', 'dy'];
const PRESENTATION = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'style',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'alignment-baseline',
  'marker-start',
  'marker-end',
  'opacity',
  'filter',
];

export function parseSvg(svg: string): CheerioAPI {
  return load(svg, { xml: true });
}

/** Every mark an element draws (itself and its descendants), in document order. */
export function marksOf(element: Element): string[] {
  const marks: string[] = [];
  const visit = (node: AnyNode) => {
    if (node.type === 'text') {
      const parent = node.parent;
      if (parent?.type === 'tag' && (parent.name === 'text' || parent.name === 'tspan') && node.data.trim()) {
        marks.push(`text ${JSON.stringify(node.data)} at ${textPosition(parent)} ${context(parent)}`);
      }
      return;
    }
    if (node.type !== 'tag') return;
    if (SHAPES.has(node.name) && draws(node)) {
      const geometry = GEOMETRY.flatMap((name) =>
        node.attribs[name] == null ? [] : [`${name}=${node.attribs[name]}`],
      );
      marks.push(`${node.name} ${geometry.join(' ')} ${context(node)}`);
    }
    for (const child of node.children) visit(child);
  };
  visit(element);
  return marks;
}

/** All the marks of the drawing, sorted: two drawings with the same marks draw the same. */
export function allMarks(svg: string): string[] {
  const $ = parseSvg(svg);
  return marksOf($('svg').get(0) as unknown as Element).sort();
}

/**
 * For each style rule of the drawing's `<style>` (by its selector list), what the elements it
 * selects draw: one entry per selected element that draws anything, as a set.
 */
export function selectionByRule(svg: string): Map<string, Set<string>> {
  const $ = parseSvg(svg);
  const css = $('style')
    .text()
    .replace(/<!\[CDATA\[|\]\]>/g, '');
  const selection = new Map<string, Set<string>>();
  for (const selectors of ruleSelectors(css)) {
    const drawn = new Set<string>();
    for (const element of $(selectors).toArray() as unknown as AnyNode[]) {
      if (element.type !== 'tag') continue;
      const marks = marksOf(element);
      if (marks.length > 0) drawn.add(marks.join('\n'));
    }
    selection.set(selectors, drawn);
  }
  return selection;
}

/** The selector lists of the style rules, `@keyframes` left out (their steps select nothing). */
export function ruleSelectors(css: string): string[] {
  const withoutKeyframes = css.replace(/@keyframes[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  return [...withoutKeyframes.matchAll(/([^{}]+)\{[^{}]*\}/g)].map(([, selectors = '']) => selectors.trim());
}

function draws(shape: Element): boolean {
  if (shape.name !== 'rect') return true;
  const size = (name: string) => Number.parseFloat(shape.attribs[name] ?? '0') || 0;
  return size('width') > 0 && size('height') > 0;
}

/** The position of a run's first character: each of x, y, dx, dy from the closest text or tspan that gives it. */
function textPosition(element: Element): string {
  return POSITION.map(
    (name) => `${name}=${closest(element, name, (node) => node.name === 'tspan' || node.name === 'text')}`,
  ).join(' ');
}

function context(element: Element): string {
  const transforms: string[] = [];
  for (let node: AnyNode | null = element; node?.type === 'tag'; node = node.parent) {
    if (node.attribs.transform) transforms.unshift(node.attribs.transform);
  }
  const presentation = PRESENTATION.map((name) => `${name}=${closest(element, name, () => true)}`);
  return `[${transforms.join(' ')}] ${presentation.join(' ')}`;
}

function closest(element: Element, name: string, within: (node: Element) => boolean): string {
  for (let node: AnyNode | null = element; node?.type === 'tag' && within(node); node = node.parent) {
    const value = node.attribs[name];
    if (value != null) return value;
  }
  return '-';
}
