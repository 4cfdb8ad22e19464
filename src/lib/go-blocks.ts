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
  /** The page, relative to the project root. */
  file: string;
  /** Line of the opening fence: line `n` of the code is line `line + n` of the page. */
  line: number;
  code: string;
  /** Marked ```go fragment: a few statements or declarations, not a whole file. */
  fragment: boolean;
  /** Marked ```go run: the program ends on its own, without outside services, so the check runs it. */
  run: boolean;
}

/** Every ```go block under `docsDir`, with where it is and how its fence marks it. */
export async function collectGoBlocks(root: string, docsDir = DOCS_DIR): Promise<GoBlock[]> {
  const directory = join(root, docsDir);
  const files = await listMdxFiles(directory);
  const blocks: GoBlock[] = [];
  for (const name of files) {
    const path = join(directory, name);
    const file = relative(root, path);
    const source = await readFile(path, 'utf8');
    const body = source.replace(/^---\n[\s\S]*?\n---\n/, (frontmatter) =>
      '\n'.repeat(frontmatter.split('\n').length - 1),
    );
    visit(unified().use(remarkParse).use(remarkMdx).use(remarkDirective).parse(body), 'code', (node: Code) => {
      if (node.lang !== 'go') return;
      const line = node.position?.start.line ?? 0;
      const words = (node.meta ?? '').split(/\s+/);
      blocks.push({
        where: `${file}:${line}`,
        file,
        line,
        code: node.value,
        fragment: words.includes('fragment'),
        run: words.includes('run'),
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
