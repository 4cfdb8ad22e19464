import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { DOCS_DIR, listMdxFiles, pageIdOf } from '../lib/collect-answers.ts';

/** A page of the docs collection that the site publishes, with its MDX source. */
export interface PublishedPage {
  /** The page's id and URL path without slashes at either end; `` for the home page. */
  page: string;
  title: string;
  description: string;
  /** `sidebar.order`, for listing pages in reading order. */
  order: number;
  /** Source file, relative to the project root. */
  file: string;
  source: string;
}

/**
 * Every page Starlight builds from `src/content/docs`, question pages or not (the home page,
 * the guide, section indexes): the same files its loader reads, drafts (the not-found page)
 * and `_`-prefixed files left out.
 */
export async function readPublishedPages(root: string, docsDir = DOCS_DIR): Promise<PublishedPage[]> {
  const files = (await listMdxFiles(join(root, docsDir))).filter(
    (file) => !file.split(sep).some((part) => part.startsWith('_')),
  );
  const pages: PublishedPage[] = [];
  for (const file of files) {
    const source = await readFile(join(root, docsDir, file), 'utf8');
    const { frontmatter } = parseFrontmatter(source);
    if (frontmatter.draft === true) continue;
    pages.push({
      page: pageIdOf(file),
      title: String(frontmatter.title ?? ''),
      description: String(frontmatter.description ?? ''),
      order: Number(frontmatter.sidebar?.order ?? Number.MAX_SAFE_INTEGER),
      file: join(docsDir, file).split(sep).join('/'),
      source,
    });
  }
  return pages;
}
