import { z } from 'astro/zod';

/**
 * The handbook's own frontmatter fields, added to Starlight's schema in `src/content.config.ts`.
 * They live here, free of Astro's virtual modules, so the build can also check every page's
 * frontmatter before Astro does and report errors with their line (see frontmatter-check.ts).
 */
export const handbookFields = z.object({
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
