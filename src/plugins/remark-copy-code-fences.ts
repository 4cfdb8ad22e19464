import type { Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';

const CAPTION = /(?:^|\s)caption="([^"]*)"/;

/**
 * For the Markdown copy of a page: a code fence keeps its language and loses the site's meta
 * (`go run`, `go fragment` tell the Go check what to do; they mean nothing to a reader). A
 * diagram's caption, which the site shows under the drawing, becomes an italic line under the
 * Mermaid source.
 *
 * ````md
 * ```mermaid caption="One consumer per partition"
 * flowchart LR
 * ```
 * ````
 * becomes
 * ````md
 * ```mermaid
 * flowchart LR
 * ```
 *
 * _One consumer per partition_
 * ````
 */
export function remarkCopyCodeFences() {
  return () => (tree: Root) => {
    visit(tree, 'code', (node, index, parent) => {
      const caption = node.lang === 'mermaid' ? CAPTION.exec(node.meta ?? '')?.[1] : undefined;
      node.meta = null;
      if (!caption || !parent || index === undefined) return;
      const line: Paragraph = {
        type: 'paragraph',
        children: [{ type: 'emphasis', children: [{ type: 'text', value: caption }] }],
      };
      parent.children.splice(index + 1, 0, line);
      return index + 2;
    });
  };
}
