import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/paths.ts';
import { rewriteDiagramLinks } from './mermaid-source.ts';

export interface CopyAbsoluteLinksOptions {
  /** The site's origin, e.g. `https://example.github.io`. */
  site: string;
  /** The site's base path, e.g. `/handbook/`. */
  base: string;
  /** The page's own address, for `#id` and `../sibling/` links. */
  pageUrl: string;
}

/**
 * For the Markdown copy of a page: every link leads somewhere once the text is pasted elsewhere.
 * Site-relative links gain the site and its base path, `#id` and relative links resolve against
 * the page, and so do the `click` targets in diagrams. Other addresses are left as they are.
 *
 * With site `https://example.org`, base `/handbook/` and page `https://example.org/handbook/kafka/ordering/`:
 * ```md
 * [keys](/kafka/keys/#kafka-keys) [below](#kafka-acks)     click P1 "/kafka/keys/"
 * ```
 * becomes
 * ```md
 * [keys](https://example.org/handbook/kafka/keys/#kafka-keys) [below](https://example.org/handbook/kafka/ordering/#kafka-acks)
 * click P1 "https://example.org/handbook/kafka/keys/"
 * ```
 */
export function remarkCopyAbsoluteLinks({ site, base, pageUrl }: CopyAbsoluteLinksOptions) {
  const absolute = (href: string): string => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return href;
    if (href.startsWith('/')) return new URL(withBase(href, base), site).href;
    return new URL(href, pageUrl).href;
  };
  return () => (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition' || node.type === 'image') node.url = absolute(node.url);
      else if (node.type === 'code' && node.lang === 'mermaid') node.value = rewriteDiagramLinks(node.value, absolute);
    });
  };
}
