import type { BlockContent, DefinitionContent, Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';

/** Starlight's aside types, and the title each shows when the author gives none. */
const ASIDE_TITLES: Record<string, string> = { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' };

/**
 * For the Markdown copy of a page: Starlight's asides become block quotes that open with their
 * title in bold, which every Markdown reader shows as a set-apart box.
 *
 * ```md
 * :::caution[Common misconception]
 * acks=all alone does not prevent loss.
 * :::
 * ```
 * becomes
 * ```md
 * > **Common misconception**
 * >
 * > acks=all alone does not prevent loss.
 * ```
 * An aside inside an aside becomes a block quote inside the block quote. Other container
 * directives are left alone (the copy's final check reports them).
 */
export function remarkCopyAsides() {
  return () => (tree: Root) => {
    visit(tree, 'containerDirective', (node: ContainerDirective, index, parent) => {
      const fallback = ASIDE_TITLES[node.name];
      if (!fallback || !parent || index === undefined) return;
      const label = node.children.find(
        (child): child is Paragraph => child.type === 'paragraph' && child.data?.directiveLabel === true,
      );
      const title: Paragraph = {
        type: 'paragraph',
        children: [{ type: 'strong', children: label ? label.children : [{ type: 'text', value: fallback }] }],
      };
      const body = node.children.filter((child) => child !== label) as Array<BlockContent | DefinitionContent>;
      parent.children.splice(index, 1, { type: 'blockquote', children: [title, ...body] });
      // Visit the block quote in its place, so an aside nested in this one is turned too.
      return index;
    });
  };
}
