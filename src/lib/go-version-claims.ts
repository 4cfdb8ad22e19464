import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { DOCS_DIR, listMdxFiles } from './collect-answers.ts';

/** A Go release line, `1.27`, and a page whose frontmatter `versions` names it. */
export interface GoVersionClaim {
  minor: number;
  version: string;
  claimedBy: string;
}

/**
 * The newest "Go 1.NN" any page claims in its frontmatter `versions`: the code on the pages is
 * written for it, so the check needs a Go at least that new.
 */
export async function newestClaimedGo(root: string, docsDir = DOCS_DIR): Promise<GoVersionClaim> {
  const directory = join(root, docsDir);
  let newest: GoVersionClaim | undefined;
  for (const file of await listMdxFiles(directory)) {
    const path = join(directory, file);
    const { frontmatter } = parseFrontmatter(await readFile(path, 'utf8'));
    const versions: unknown[] = Array.isArray(frontmatter.versions) ? frontmatter.versions : [];
    for (const version of versions) {
      const minor = Number(/^Go 1\.(\d+)\b/.exec(String(version))?.[1] ?? Number.NaN);
      if (minor > (newest?.minor ?? -1)) newest = { minor, version: `1.${minor}`, claimedBy: relative(root, path) };
    }
  }
  if (!newest) throw new Error(`No page under ${docsDir} claims a Go version ("Go 1.NN" in its frontmatter versions).`);
  return newest;
}
