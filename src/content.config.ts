import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { handbookFields } from './lib/frontmatter-fields.ts';

/**
 * Starlight's frontmatter, extended once with the handbook's fields (each described in
 * `src/lib/frontmatter-fields.ts`). Answers themselves (id, level, tags) are declared beside
 * each question in the page body: see `src/plugins/remark-answer-headings.ts`.
 */
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: handbookFields }) }),
  /** Wording of Starlight's interface, adjusted to a site of questions and answers. */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
