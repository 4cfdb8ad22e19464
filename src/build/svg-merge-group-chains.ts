import type { XastElement } from 'svgo';
import { replaceContent, rewritePlugin } from './svg-rewrite-plugin.ts';
import { declaredProperties, type Rewrite, type SelectionGuard } from './svg-style-selection.ts';

/** What a group in a chain may carry to be merged: its classes and its placement. */
const GROUP_ATTRIBUTES = new Set(['class', 'transform']);

/**
 * A group whose only child is a group is one group: the outer one takes the inner one's classes
 * (after its own) and children, and its transform if it has none (at most one of the two may
 * have one, so nothing is composed). Kept apart when a style rule needs them apart
 * (`#id .edgeLabel .label text` in state diagrams): the rules must select the same elements.
 * The rules that style the two must set different properties, none of them one that applies to
 * the group as a whole (opacity, a filter, a CSS transform): then the merged group computes
 * every property its children inherit as the inner one did.
 *
 * In:  <g class="edgeLabel"><g class="label"><g transform="translate(313 25.5)"><rect …/><text …>…</text></g></g></g>
 * Out: <g class="edgeLabel label" transform="translate(313 25.5)"><rect …/><text …>…</text></g>
 */
export const mergeGroupChains = rewritePlugin('mergeGroupChains', ({ element: outer }, guard): Rewrite | undefined => {
  const [inner, ...others] = outer.children;
  if (outer.name !== 'g' || others.length > 0 || inner?.type !== 'element' || inner.name !== 'g') return undefined;
  if (!isMergeable(outer) || !isMergeable(inner)) return undefined;
  if (outer.attributes.transform != null && inner.attributes.transform != null) return undefined;
  if (!styledApart(guard, outer, inner)) return undefined;

  const classes = new Set(
    `${outer.attributes.class ?? ''} ${inner.attributes.class ?? ''}`.split(/\s+/).filter(Boolean),
  );
  const attributes: XastElement['attributes'] = { ...outer.attributes, ...inner.attributes };
  if (classes.size > 0) attributes.class = [...classes].join(' ');
  return replaceContent(outer, { attributes, children: inner.children }, new Map([[inner, outer]]));
});

function isMergeable(group: XastElement): boolean {
  return Object.keys(group.attributes).every((name) => GROUP_ATTRIBUTES.has(name));
}

/** Properties that act on a group as a whole, so two nested groups apply them twice and a merged one once. */
const WHOLE_GROUP =
  /^(?:opacity|filter|transform|translate|rotate|scale|transform-origin|clip-path|mask|mix-blend-mode|isolation|display)$/;

function styledApart(guard: SelectionGuard, outer: XastElement, inner: XastElement): boolean {
  const properties = (group: XastElement) =>
    new Set([...guard.rulesSelecting(group)].flatMap((index) => declaredProperties(guard.rules[index])));
  const outerProperties = properties(outer);
  const innerProperties = properties(inner);
  const all = [...outerProperties, ...innerProperties];
  return (
    all.every((name) => !WHOLE_GROUP.test(name)) && [...innerProperties].every((name) => !outerProperties.has(name))
  );
}
