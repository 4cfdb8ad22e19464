import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * For the Markdown copy of a page: MDX comments (`{/* … *\/}`) go, as they go from the page.
 * Any other expression is left for the copy's final check to report.
 *
 * ```mdx
 * {/* Reviewed against Kafka 4.1. *\/}
 * Text {/* inline note *\/} here.
 * ```
 * becomes
 * ```md
 * Text  here.
 * ```
 */
export function remarkCopyComments() {
  return () => (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return;
      if (!isComment(node.data) || !parent || index === undefined) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

/** An expression that holds nothing but comments: its program has no statements. */
function isComment(data: unknown): boolean {
  const program = (data as { estree?: { body: readonly unknown[] } | null } | undefined)?.estree;
  return program?.body.length === 0;
}
