import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { sectionOf } from '../config/sections.ts';
import { glossary } from '../data/glossary.ts';
import { flattenAnswers } from '../lib/collect-answers.ts';
import { glossaryNamesByAnswer } from '../lib/glossary-terms.ts';
import { getSitePages } from '../lib/site-answers.ts';
import { serveLastBuiltIndex } from './dev-search-index.ts';
import { answerRecordHtml, extractAnswerTexts } from './search-records.ts';

/**
 * Builds the Pagefind index from answers instead of pages (Starlight's own indexing is turned
 * off): one document per answer, at `page/#id`, with the question weighted above glossary
 * synonyms, tags and text, and filters for section, level and tag. Runs after the build, because
 * an answer's text is read from the built HTML. The dev server searches the last build's index.
 */
export function answerSearchIndex(): AstroIntegration {
  let lastBuiltIndex = '';
  let base = '/';
  return {
    name: 'backend-handbook:answer-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        lastBuiltIndex = fileURLToPath(new URL('pagefind/', config.outDir));
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`${base}pagefind/`, serveLastBuiltIndex(lastBuiltIndex));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const pages = await getSitePages();
        const extraTerms = glossaryNamesByAnswer(glossary);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          let records = 0;
          for (const page of pages) {
            const html = await readFile(new URL(`${page.page}/index.html`, dir), 'utf8');
            const texts = extractAnswerTexts(html);
            for (const answer of flattenAnswers([page])) {
              const body = texts.get(answer.id);
              if (body === undefined) throw new Error(`Answer "${answer.id}" is missing from the built ${page.page}/`);
              const added = await index.addHTMLFile({
                url: `/${page.page}/#${answer.id}`,
                content: answerRecordHtml({
                  answer,
                  body,
                  section: sectionOf(`${page.page}/`)?.label ?? 'Handbook',
                  extraTerms: extraTerms.get(answer.id) ?? [],
                }),
              });
              if (added.errors.length > 0) throw new Error(added.errors.join('; '));
              records += 1;
            }
          }
          const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          logger.info(`Indexed ${records} answers in ${Math.round(performance.now() - started)} ms.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
