import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Node types only MDX or the directive syntax produce: no ordinary Markdown reader knows them. */
const SITE_SYNTAX = new Set([
  'mdxjsEsm',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'containerDirective',
  'leafDirective',
  'textDirective',
]);

/**
 * The Markdown copy's last step: stops the build, naming file and line, on anything the copy
 * plugins before it did not turn into plain Markdown (a new component, a new kind of aside), so
 * such syntax is never published raw.
 *
 * ```mdx
 * <NewWidget />   → fails: "<NewWidget> has no Markdown copy…"
 * ```
 */
export function remarkCopyPlainSyntax() {
  return () => (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (!SITE_SYNTAX.has(node.type)) return;
      const name = 'name' in node && node.name ? String(node.name) : node.type;
      file.fail(
        `${node.type.startsWith('mdxJsx') ? `<${name}>` : `"${name}" (${node.type})`} has no Markdown copy: teach src/build/markdown-copy.ts to turn it into plain Markdown.`,
        node,
      );
    });
  };
}
