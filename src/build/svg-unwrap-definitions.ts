import { rewritePlugin, unwrapElement } from './svg-rewrite-plugin.ts';

/** Elements never drawn where they stand, only where something refers to them. */
const NEVER_DRAWN = new Set([
  'clipPath',
  'filter',
  'linearGradient',
  'marker',
  'mask',
  'pattern',
  'radialGradient',
  'symbol',
]);

/**
 * A `<defs>` only keeps its children from being drawn; markers, gradients and the like are not
 * drawn wherever they stand, so a `<defs>` holding nothing else (and no attribute) gives way to
 * its children, unless a style rule selects through it (`#id defs [id$=-barbEnd]`).
 *
 * In:  <defs><marker id="mmd-1-11-arrowhead" …><path d="m-1 0 11 5-10 5z"/></marker></defs>
 * Out: <marker id="mmd-1-11-arrowhead" …><path d="m-1 0 11 5-10 5z"/></marker>
 */
export const unwrapDefinitions = rewritePlugin('unwrapDefinitions', ({ element, parent }) => {
  if (element.name !== 'defs' || Object.keys(element.attributes).length > 0) return undefined;
  const onlyNeverDrawn = element.children.every((child) => child.type === 'element' && NEVER_DRAWN.has(child.name));
  if (!onlyNeverDrawn) return undefined;
  return unwrapElement(parent, element);
});
