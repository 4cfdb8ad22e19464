import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/paths.ts';

/**
 * Lets authors write site links as `/kafka/…` whatever the deployment's base path: each
 * root-relative `href` gets the base in front. With the base `/` it does nothing.
 *
 * `<a href="/kafka/fundamentals/">` with base `/handbook/` becomes `<a href="/handbook/kafka/fundamentals/">`.
 */
export function rehypeBaseLinks({ base }: { base: string }) {
  return () => (tree: Root) => {
    if (base === '/') return;
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      node.properties.href = withBase(href, base);
    });
  };
}
