import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sections } from '../config/sections.ts';
import { base, site, siteDescription, siteTitle } from '../config/site.ts';
import { type PublishedPage, readPublishedPages } from '../lib/collect-answers.ts';
import { getSitePages } from '../lib/site-answers.ts';
import { componentMarkdown } from './component-markdown.ts';
import { type IndexGroup, llmsFull, llmsIndex } from './llms-txt.ts';
import { markdownCopyPath, mdxToMarkdown } from './markdown-copy.ts';

interface PageCopy extends PublishedPage {
  markdownUrl: string;
  markdown: string;
}

/**
 * Publishes every page of the handbook as Markdown too, beside its HTML (`kafka/ordering/index.md`),
 * with `/llms.txt` listing them and `/llms-full.txt` holding them all, for language models and
 * for the answer menu's "Copy as Markdown". Written after the build, as files of its own: Astro
 * does not know them as pages, so they stay out of the sitemap, and the search index is built
 * from answers, so they stay out of search too. Redirect pages have no MDX source and get none.
 * The dev server makes a page's copy when it is asked for.
 */
export function markdownCopies(): AstroIntegration {
  const components = componentMarkdown(getSitePages);
  const copyOf = async (page: PublishedPage): Promise<PageCopy> => ({
    ...page,
    markdownUrl: new URL(`${base}${markdownCopyPath(page.page)}`, site).href,
    markdown: await mdxToMarkdown({ source: page.source, path: page.file, page: page.page, site, base, components }),
  });
  const allCopies = async () => Promise.all(inReadingOrder(await readPublishedPages(process.cwd())).map(copyOf));
  const files = async (): Promise<Map<string, string>> => {
    const copies = await allCopies();
    const published = new Map(copies.map((copy) => [markdownCopyPath(copy.page), copy.markdown]));
    published.set(
      'llms.txt',
      llmsIndex({ title: siteTitle, summary: siteDescription, details: DETAILS, groups: groupsOf(copies) }),
    );
    published.set('llms-full.txt', llmsFull(copies));
    return published;
  };

  /** One page's copy is made alone: the dev server answers at once, not after copying every page. */
  const servedText = async (path: string): Promise<string | undefined> => {
    if (!path.endsWith('index.md')) return (await files()).get(path);
    const page = (await readPublishedPages(process.cwd())).find(
      (candidate) => markdownCopyPath(candidate.page) === path,
    );
    return page && (await copyOf(page)).markdown;
  };

  return {
    name: 'backend-handbook:markdown-copies',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!path.startsWith(base) || !/(^|\/)(index\.md|llms(-full)?\.txt)$/.test(path)) return next();
          try {
            const text = await servedText(decodeURIComponent(path.slice(base.length)));
            if (text === undefined) return next();
            response.setHeader(
              'Content-Type',
              `${path.endsWith('.md') ? 'text/markdown' : 'text/plain'}; charset=utf-8`,
            );
            response.end(text);
          } catch (error) {
            next(error);
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const published = await files();
        for (const [path, text] of published) {
          if (path.endsWith('index.md')) await mustExist(new URL(path.replace(/index\.md$/, 'index.html'), dir));
          const target = fileURLToPath(new URL(path, dir));
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, text);
        }
        const full = Buffer.byteLength(published.get('llms-full.txt') ?? '');
        logger.info(
          `Markdown copies of ${published.size - 2} pages, llms.txt and llms-full.txt (${Math.round(full / 1024)} KB) in ${Math.round(performance.now() - started)} ms.`,
        );
      },
    },
  };
}

const DETAILS =
  'Each answer is a `## Question {#id}` heading followed by its short answer (the first paragraph) and the details. Every page below is also published as HTML at the same address without `index.md`; `llms-full.txt` holds all of them in one file.';

/** The home page, other pages without a section (the guide), then each section's pages in sidebar order. */
function inReadingOrder(pages: readonly PublishedPage[]): PublishedPage[] {
  const rank = (page: PublishedPage) =>
    page.page === '' ? -2 : sections.findIndex((section) => `${page.page}/`.startsWith(`${section.directory}/`));
  return [...pages].sort((a, b) => rank(a) - rank(b) || a.order - b.order || a.title.localeCompare(b.title));
}

function groupsOf(copies: readonly PageCopy[]): IndexGroup[] {
  const inSection = (directory: string) => copies.filter((copy) => `${copy.page}/`.startsWith(`${directory}/`));
  const sectioned = new Set(sections.flatMap((section) => inSection(section.directory)));
  return [
    { label: 'Start here', pages: copies.filter((copy) => !sectioned.has(copy)) },
    ...sections.map((section) => ({ label: section.label, pages: inSection(section.directory) })),
  ];
}

/** A copy beside a page the build did not write would be a copy of nothing: stop instead. */
async function mustExist(page: URL): Promise<void> {
  try {
    await access(page);
  } catch {
    throw new Error(`A Markdown copy was made for ${fileURLToPath(page)}, which the build did not write.`);
  }
}
