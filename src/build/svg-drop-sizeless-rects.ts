import { replaceChildren, rewritePlugin } from './svg-rewrite-plugin.ts';
import { declaredProperties } from './svg-style-selection.ts';

/**
 * Mermaid gives every node label an empty `<rect/>` and a `<rect class="background">` it never
 * sizes: a rect without a width or a height draws nothing, so it goes. Kept: a rect with an id
 * (something may point at it), with children (a `<title>`), or whose size may come from CSS
 * (its style attribute or a rule that selects it sets `width` or `height`).
 *
 * In:  <g class="label" transform="translate(0 -25)"><rect/><g><rect class="background" style="stroke:none"/><text>…</text></g></g>
 * Out: <g class="label" transform="translate(0 -25)"><g><text>…</text></g></g>
 */
export const dropSizelessRects = rewritePlugin('dropSizelessRects', ({ element, parent }, guard) => {
  if (element.name !== 'rect' || element.children.length > 0 || element.attributes.id != null) return undefined;
  const { width, height, style = '' } = element.attributes;
  if (!(isZero(width) || isZero(height)) || SIZE_DECLARATION.test(style)) return undefined;
  const sizedByRule = [...guard.rulesSelecting(element)].some((index) =>
    declaredProperties(guard.rules[index]).some((name) => name === 'width' || name === 'height'),
  );
  if (sizedByRule) return undefined;
  const children = parent.children.filter((child) => child !== element);
  return replaceChildren(parent, children, new Map([[element, 'draws-nothing']]));
});

const SIZE_DECLARATION = /(?:^|[;{\s])(?:width|height)\s*:/;

/** A missing length is 0 for a rect's width and height. */
function isZero(length: string | undefined): boolean {
  return length == null || /^\s*[+-]?0*\.?0*(?:px)?\s*$/.test(length);
}
