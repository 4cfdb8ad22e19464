import { unified } from '@astrojs/markdown-remark';
import type { AstroUserConfig } from 'astro';
import { createMermaidRenderer } from '../build/mermaid-renderer.ts';
import { getSiteAnswers } from '../lib/site-answers.ts';
import { mergedTags, tagsWithPages } from '../lib/tag-vocabulary.ts';
import { AnswerIdClaims } from '../plugins/answer-id-claims.ts';
import { rehypeBaseLinks } from '../plugins/rehype-base-links.ts';
import { rehypeScrollableTables } from '../plugins/rehype-scrollable-tables.ts';
import { remarkAnswerHeadings } from '../plugins/remark-answer-headings.ts';
import { remarkMermaidDiagrams } from '../plugins/remark-mermaid-diagrams.ts';
import { remarkRelatedAnswers } from '../plugins/remark-related-answers.ts';
import { remarkTableHeaderText } from '../plugins/remark-table-header-text.ts';
import { remarkUniqueAsideTitles } from '../plugins/remark-unique-aside-titles.ts';
import { base } from './site.ts';

/** Rendered diagrams are kept here between builds (never in `dist/`). */
export const DIAGRAM_CACHE_DIR = 'node_modules/.cache/backend-handbook/diagrams';

/** One renderer per build: the build closes it when done; the dev server lets it idle out. */
export const diagramRenderer = createMermaidRenderer({ cacheDir: DIAGRAM_CACHE_DIR, idleMs: 60_000 });

/**
 * The Markdown pipeline: unified (remark and rehype) rather than Astro 7's default Sätteri, so
 * the site's plugins are ordinary, unit-testable unified plugins. Starlight adds its own plugins
 * (remark-directive, asides, heading links) after these; the links validator comes last.
 */
export const markdown: NonNullable<AstroUserConfig['markdown']> = {
  // Starlight's Expressive Code highlights code blocks; Astro's Shiki pass would only add inline styles.
  syntaxHighlight: false,
  processor: unified({
    remarkPlugins: [
      remarkAnswerHeadings({
        claims: new AnswerIdClaims(),
        base,
        mergedTags,
        getTagsWithPages: async () => new Set(tagsWithPages(await getSiteAnswers()).map(({ tag }) => tag)),
      }),
      remarkRelatedAnswers({ getAnswers: getSiteAnswers, base }),
      remarkMermaidDiagrams({ renderer: diagramRenderer, base }),
      remarkUniqueAsideTitles(),
      remarkTableHeaderText(),
    ],
    rehypePlugins: [rehypeBaseLinks({ base }), rehypeScrollableTables()],
  }),
};
