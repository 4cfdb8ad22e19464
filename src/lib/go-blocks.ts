import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Code } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { DOCS_DIR, listMdxFiles } from './collect-answers.ts';

export interface GoBlock {
  /** `file:line` of the opening fence. */
  where: string;
  code: string;
  /** Marked ```go fragment: a few statements or declarations, not a whole file. */
  fragment: boolean;
}

/** Every ```go block of the content, with where it is and whether it is marked as a fragment. */
export async function collectGoBlocks(root: string): Promise<GoBlock[]> {
  const directory = join(root, DOCS_DIR);
  const files = await listMdxFiles(directory);
  const blocks: GoBlock[] = [];
  for (const file of files) {
    const path = join(directory, file);
    const source = await readFile(path, 'utf8');
    const body = source.replace(/^---\n[\s\S]*?\n---\n/, (frontmatter) =>
      '\n'.repeat(frontmatter.split('\n').length - 1),
    );
    visit(unified().use(remarkParse).use(remarkMdx).use(remarkDirective).parse(body), 'code', (node: Code) => {
      if (node.lang !== 'go') return;
      blocks.push({
        where: `${relative(root, path)}:${node.position?.start.line ?? 0}`,
        code: node.value,
        fragment: /(^|\s)fragment(\s|$)/.test(node.meta ?? ''),
      });
    });
  }
  return blocks;
}

/** A block that is not a fragment must be a whole Go file, starting with its package clause. */
export function startsWithPackage(code: string): boolean {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return /^\s*package\s+\w+/.test(withoutComments);
}
