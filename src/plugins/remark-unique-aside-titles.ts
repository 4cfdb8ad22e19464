import type { Paragraph, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString as plainText } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Starlight's aside types, and the title each shows when the author gives none. */
const ASIDE_DEFAULT_TITLES: Record<string, string> = { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' };

/**
 * Stops the build when two asides on one page would have the same title. Each aside is a
 * landmark named by its title, and screen-reader users move between landmarks by name, so two
 * "Common misconception" boxes on one page are indistinguishable (axe: landmark-unique).
 *
 * ```md
 * :::caution[Common misconception]     ← line 3
 * :::caution[Common misconception]     ← fails: "…already titles the aside at line 3…"
 * :::caution[Common misconception: acks=all means no loss]   ← fine
 * ```
 */
export function remarkUniqueAsideTitles() {
  return () => (tree: Root, file: VFile) => {
    const seen = new Map<string, number>();
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      const fallback = ASIDE_DEFAULT_TITLES[node.name];
      if (!fallback) return;
      const label = node.children.find(
        (child): child is Paragraph => child.type === 'paragraph' && child.data?.directiveLabel === true,
      );
      const title = (label ? plainText(label) : fallback).replace(/\s+/g, ' ').trim();
      const line = node.position?.start.line ?? 0;
      const first = seen.get(title.toLowerCase());
      if (first !== undefined) {
        file.fail(
          `"${title}" already titles the aside at line ${first}: asides are landmarks, so give each a title of its own (:::${node.name}[${title}: …]).`,
          node,
        );
      }
      seen.set(title.toLowerCase(), line);
    });
  };
}
