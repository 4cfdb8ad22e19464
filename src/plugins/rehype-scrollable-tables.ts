import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Starlight lets a wide table scroll sideways inside the text column. A region that scrolls must
 * be reachable by keyboard, so each table joins the tab order.
 *
 * `<table>` becomes `<table tabindex="0">`.
 */
export function rehypeScrollableTables() {
  return () => (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'table' || node.properties.tabIndex !== undefined) return;
      node.properties.tabIndex = 0;
    });
  };
}
