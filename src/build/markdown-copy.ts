import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkCopyAbsoluteLinks } from '../plugins/remark-copy-absolute-links.ts';
import { remarkCopyAnswerHeadings } from '../plugins/remark-copy-answer-headings.ts';
import { remarkCopyAsides } from '../plugins/remark-copy-asides.ts';
import { remarkCopyCodeFences } from '../plugins/remark-copy-code-fences.ts';
import { remarkCopyComments } from '../plugins/remark-copy-comments.ts';
import { type ComponentMarkdown, remarkCopyComponents } from '../plugins/remark-copy-components.ts';
import { remarkCopyKeyboardKeys } from '../plugins/remark-copy-keyboard-keys.ts';
import { remarkCopyPlainSyntax } from '../plugins/remark-copy-plain-syntax.ts';
import { remarkCopyStrayDirectives } from '../plugins/remark-copy-stray-directives.ts';

export interface MarkdownCopyInput {
  /** The page's MDX, frontmatter included. */
  source: string;
  /** Its file, named in build errors. */
  path: string;
  /** The page's id: `kafka/consumers/ordering`, `` for the home page. */
  page: string;
  /** The site's origin and base path, for absolute links. */
  site: string;
  base: string;
  /** The Markdown each component used in the content stands for. */
  components?: ComponentMarkdown;
}

/** Plain CommonMark with GFM tables (cells not padded to align: smaller): `-` bullets, `_` emphasis, fenced code. */
const STRINGIFY: StringifyOptions = { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-' };

/**
 * A page's Markdown copy, rewritten from its MDX source: the title and description as a heading
 * and its first paragraph, questions as `## Question {#id}`, asides as block quotes, diagrams as
 * their Mermaid source, components as the Markdown they stand for, every link absolute. The
 * source is parsed as the build parses it (MDX, directives, GFM) and written back by
 * remark-stringify, without MDX's escaping: the copy is for any Markdown reader.
 */
export async function mdxToMarkdown({ source, path, page, site, base, components = {} }: MarkdownCopyInput) {
  // Blank lines in place of the frontmatter: build errors name the line in the source file.
  const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
  const pageUrl = pageAddress(page, site, base);
  const file = new VFile({ path, value: content });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(remarkCopyComments())
    .use(remarkCopyComponents({ page, components }))
    .use(remarkCopyAnswerHeadings())
    .use(remarkCopyStrayDirectives())
    .use(remarkCopyAsides())
    .use(remarkCopyKeyboardKeys())
    .use(remarkCopyCodeFences())
    .use(remarkCopyAbsoluteLinks({ site, base, pageUrl }))
    .use(remarkCopyPlainSyntax());
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  const description = typeof frontmatter.description === 'string' ? frontmatter.description : '';
  tree.children.unshift(
    { type: 'heading', depth: 1, children: [{ type: 'text', value: String(frontmatter.title ?? '') }] },
    ...(description ? [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: description }] }] : []),
  );
  return unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, STRINGIFY).stringify(tree, file);
}

/** `https://example.org/handbook/kafka/ordering/`: where the page is read on the site. */
export function pageAddress(page: string, site: string, base: string): string {
  return new URL(`${base}${page ? `${page}/` : ''}`, site).href;
}

/** Where a page's Markdown copy is published: beside its `index.html`. */
export function markdownCopyPath(page: string): string {
  return page ? `${page}/index.md` : 'index.md';
}
