import type { Root, Table } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Stops the build on a table whose header row has an empty cell. A header cell names its column
 * for screen readers, so an empty one leaves the column unnamed (axe: empty-table-header); the
 * page crawl would find it only after a full build.
 *
 * ```md
 * | | KStream | KTable |          ← line 1: fails, "…header cell 1 of the table at line 1 is empty…"
 * | Property | KStream | KTable |  ← fine
 * ```
 */
export function remarkTableHeaderText() {
  return () => (tree: Root, file: VFile) => {
    visit(tree, 'table', (table: Table) => {
      const header = table.children[0];
      if (!header) return;
      const empty = header.children.findIndex((cell) => plainText(cell).trim() === '');
      if (empty === -1) return;
      file.fail(
        `Header cell ${empty + 1} of the table at line ${table.position?.start.line ?? 0} is empty: name the column (for example "Aspect" or "Property"), since screen readers announce it with every cell below.`,
        table,
      );
    });
  };
}
