import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';

/**
 * Starlight's frontmatter, extended once for the handbook. Answers themselves (id, level, tags)
 * are declared beside each question in the page body: see `src/plugins/remark-answer-headings.ts`.
 */
const handbookFields = z.object({
  questions: z
    .boolean()
    .default(true)
    .describe(
      'Whether every h2 on the page is a question carrying an :answer directive. Guides and index pages set false.',
    ),
  reviewed: z.coerce
    .date()
    .optional()
    .describe('The day the page was last checked against its primary sources; shown under the title.'),
  versions: z
    .array(z.string().min(1))
    .default([])
    .describe('The versions the answers were checked against, e.g. "Go 1.25" or "Kafka 4.1"; shown under the title.'),
});

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: handbookFields }) }),
  /** Wording of Starlight's interface, adjusted to a site of questions and answers. */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
