import type { StarlightUserConfig } from '@astrojs/starlight/types';
import starlightLinksValidator from 'starlight-links-validator';
import { pluginFlatLines } from '../plugins/expressive-code-flat-lines.ts';
import { pluginOffscreenCodeBlocks } from '../plugins/expressive-code-offscreen.ts';
import { pluginPlainTextTokens } from '../plugins/expressive-code-plain-text.ts';
import { sidebar } from './sidebar.ts';
import { base, repoUrl, siteDescription, siteTitle } from './site.ts';

const GENERATED_ROUTE = /^\/(tags|levels|a|glossary)\/([a-z0-9-]+\/)?(#.*)?$/;

/** Starlight's options: everything that shapes the reading experience is wired in here. */
export const starlightOptions: StarlightUserConfig = {
  title: siteTitle,
  description: siteDescription,
  logo: { src: './src/assets/logo.svg', alt: '' },
  favicon: '/favicon.svg',
  sidebar,
  customCss: [
    './src/styles/theme.css',
    './src/styles/layout.css',
    './src/styles/answers.css',
    './src/styles/diagrams.css',
    './src/styles/search.css',
  ],
  routeMiddleware: './src/route-data.ts',
  components: {
    MarkdownContent: './src/components/MarkdownContent.astro',
    PageTitle: './src/components/PageTitle.astro',
    // The handbook's own search (answers, glossary, filters); see src/build/search-index.ts.
    Search: './src/components/Search.astro',
  },
  // Indexing is done by the answer search index integration, one document per answer.
  pagefind: false,
  tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 2 },
  // Long lines wrap (keeping their indent) instead of scrolling: readable on a phone, and no
  // scrolling region that keyboard users would need to focus.
  // Code blocks are light to load and check: plain text is not wrapped in elements, long blocks
  // off screen are not laid out (rows are counted on Expressive Code's own lines, so before the
  // next plugin), and a line takes an element only when it can wrap with an indent.
  expressiveCode: {
    defaultProps: { wrap: true, preserveIndent: true },
    plugins: [pluginPlainTextTokens(), pluginOffscreenCodeBlocks(), pluginFlatLines()],
  },
  // "Edit this page" under each content page, to its .mdx file on the default branch.
  editLink: repoUrl ? { baseUrl: `${repoUrl}/edit/main/` } : {},
  lastUpdated: false,
  pagination: true,
  credits: false,
  plugins: [
    starlightLinksValidator({
      errorOnRelativeLinks: false,
      errorOnLocalLinks: true,
      // Tag, level and short-link pages are generated from the content itself, so every link to
      // them the content can produce exists; the site crawl test follows them all.
      exclude: ({ link }) => GENERATED_ROUTE.test(link.slice(base.length - 1)),
    }),
  ],
};
