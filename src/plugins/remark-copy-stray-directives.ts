import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * For the Markdown copy of a page: text the directive syntax mistook for a directive (`12:00`,
 * `API1:2023`) goes back to the text the author wrote, as Starlight does on the site. Runs after
 * the answer headings have taken their `:answer` directives.
 *
 * ```md
 * Retries at 12:00 UTC
 * ```
 * parses as text, a `textDirective` named `00`, and text; it becomes the one text again.
 */
export function remarkCopyStrayDirectives() {
  return () => (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'textDirective', (node, index, parent) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (node.name === 'answer' || start === undefined || end === undefined || !parent || index === undefined) return;
      parent.children.splice(index, 1, { type: 'text', value: source.slice(start, end) });
    });
  };
}
