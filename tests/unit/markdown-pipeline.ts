import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { type Pluggable, unified } from 'unified';
import { VFile } from 'vfile';

export interface Processed {
  html: string;
  file: VFile;
}

/**
 * The same unified stages Astro runs for Markdown (parse, directives, remark plugins, to HTML),
 * so plugins are tested on real trees rather than hand-built ones.
 */
export async function processMarkdown(
  markdown: string,
  {
    remark = [],
    rehype = [],
    path = '/site/src/content/docs/topic/page.md',
    frontmatter = {},
  }: { remark?: Pluggable[]; rehype?: Pluggable[]; path?: string; frontmatter?: Record<string, unknown> } = {},
): Promise<Processed> {
  const file = new VFile({ value: markdown, path, data: { astro: { frontmatter } } });
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remark)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehype)
    .use(rehypeStringify, { allowDangerousHtml: true });
  const result = await processor.process(file);
  return { html: String(result), file };
}

/** Runs the pipeline and returns the build-stopping message it throws, with its line. */
export async function failureOf(
  markdown: string,
  options: Parameters<typeof processMarkdown>[1],
): Promise<{ message: string; line: number | undefined }> {
  try {
    await processMarkdown(markdown, options);
  } catch (error) {
    const { reason, line } = error as { reason?: string; message: string; line?: number };
    return { message: reason ?? (error as Error).message, line };
  }
  throw new Error('Expected the pipeline to fail, but it succeeded.');
}
