import { readdir, readFile, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { AnswerIdClaims } from '../plugins/answer-id-claims.ts';
import { remarkAnswerHeadings } from '../plugins/remark-answer-headings.ts';
import type { AnswerRecord } from './answer-model.ts';
import { mergedTags } from './tag-vocabulary.ts';

/** A question page and the answers on it. */
export interface PageRecord {
  /** The page's id and URL path without slashes at either end: `kafka/consumers/ordering`. */
  page: string;
  title: string;
  description: string;
  /** `sidebar.order`, for listing pages in reading order. */
  order: number;
  /** Source file, relative to the project root. */
  file: string;
  answers: AnswerRecord[];
}

/** An answer together with the page that holds it. */
export interface LocatedAnswer extends AnswerRecord {
  page: string;
  pageTitle: string;
  file: string;
}

export const DOCS_DIR = 'src/content/docs';

/**
 * Reads every answer straight from the MDX sources, with the same plugin the build uses, so
 * what it finds is exactly what the build publishes. Used where the build's own rendering is
 * not available: the links between answers, the id registry and its check, the tests.
 */
export async function collectAnswers(root: string, docsDir = DOCS_DIR): Promise<LocatedAnswer[]> {
  return flattenAnswers(await collectPages(root, docsDir));
}

/** Every page with answers, in reading order (section folder, then `sidebar.order`, then title). */
export async function collectPages(root: string, docsDir = DOCS_DIR): Promise<PageRecord[]> {
  const claims = new AnswerIdClaims();
  const pages: PageRecord[] = [];
  for (const { source, ...published } of await readPublishedPages(root, docsDir)) {
    const { frontmatter, content } = parseFrontmatter(source);
    const vfile = new VFile({ path: join(root, published.file), value: content, data: { astro: { frontmatter } } });
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkDirective)
      .use(remarkAnswerHeadings({ claims, mergedTags }));
    await processor.run(processor.parse(vfile), vfile);
    const answers = (vfile.data.astro?.frontmatter?.answers ?? []) as AnswerRecord[];
    if (answers.length > 0) pages.push({ ...published, answers });
  }
  return pages.sort(
    (a, b) =>
      sectionOfPage(a.page).localeCompare(sectionOfPage(b.page)) || a.order - b.order || a.title.localeCompare(b.title),
  );
}

/** A page of the docs collection that the site publishes, with its MDX source. */
export interface PublishedPage extends Omit<PageRecord, 'answers'> {
  source: string;
}

/**
 * Every page Starlight builds from `src/content/docs`, question pages or not (the home page,
 * the guide, section indexes): the same files its loader reads, drafts (the not-found page)
 * and `_`-prefixed files left out. Files are named with `/`, on every system.
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

function sectionOfPage(page: string): string {
  return page.split('/').slice(0, -1).join('/');
}

/** `kafka/consumers/ordering.mdx` → `kafka/consumers/ordering`; `go/runtime/index.mdx` → `go/runtime`. */
export function pageIdOf(file: string): string {
  return file
    .split(sep)
    .join('/')
    .replace(/\.mdx$/, '')
    .replace(/(^|\/)index$/, '');
}

/**
 * The same pages, re-read only when a source file changed since the last call: cheap
 * enough to ask on every page of a build and on every edit in the dev server.
 */
export function createPageCollector(root: string, docsDir = DOCS_DIR): () => Promise<PageRecord[]> {
  let cached: { stamp: string; pages: Promise<PageRecord[]> } | undefined;
  return async () => {
    const stamp = await sourceStamp(join(root, docsDir));
    if (cached?.stamp !== stamp) cached = { stamp, pages: collectPages(root, docsDir) };
    return cached.pages;
  };
}

/** Every `.mdx` file below `directory`, relative to it, sorted. */
export async function listMdxFiles(directory: string): Promise<string[]> {
  return (await readdir(directory, { recursive: true })).filter((file) => file.endsWith('.mdx')).sort();
}

export function flattenAnswers(pages: readonly PageRecord[]): LocatedAnswer[] {
  return pages.flatMap(({ answers, page, title, file }) =>
    answers.map((answer) => ({ ...answer, page, pageTitle: title, file })),
  );
}

async function sourceStamp(directory: string): Promise<string> {
  const files = await listMdxFiles(directory);
  const times = await Promise.all(files.map(async (file) => (await stat(join(directory, file))).mtimeMs));
  return files.map((file, index) => `${file}:${times[index]}`).join('|');
}
