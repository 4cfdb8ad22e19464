import type { Root } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/**
 * For the Markdown copy of a page: a key written `<kbd>` becomes inline code, which every
 * Markdown reader sets apart the same way.
 *
 * ```mdx
 * Press <kbd>Ctrl</kbd>+<kbd>K</kbd>
 * ```
 * becomes
 * ```md
 * Press `Ctrl`+`K`
 * ```
 */
export function remarkCopyKeyboardKeys() {
  return () => (tree: Root) => {
    visit(tree, 'mdxJsxTextElement', (node, index, parent) => {
      if (node.name !== 'kbd' || !parent || index === undefined) return;
      parent.children.splice(index, 1, { type: 'inlineCode', value: plainText(node) });
    });
  };
}
