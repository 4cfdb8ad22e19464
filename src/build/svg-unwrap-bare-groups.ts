import { rewritePlugin, unwrapElement } from './svg-rewrite-plugin.ts';

/**
 * A `<g>` without a single attribute changes nothing about how its children are drawn, unless a
 * style rule selects it (or selects its children through it): then it stays. Otherwise its
 * children take its place, in the same order. Mermaid wraps each sequence actor, note and
 * lifeline, each node label and the flowchart's markers with its root in one.
 *
 * In:  <g><rect class="actor actor-top" …/><text class="actor actor-box" …>…</text></g>
 * Out: <rect class="actor actor-top" …/><text class="actor actor-box" …>…</text>
 */
export const unwrapBareGroups = rewritePlugin('unwrapBareGroups', ({ element, parent }) => {
  if (element.name !== 'g' || Object.keys(element.attributes).length > 0) return undefined;
  return unwrapElement(parent, element);
});
