import { z } from 'astro/zod';
import { KEBAB_CASE } from './answer-model.ts';

/**
 * One term of `src/data/glossary.json`. The Glossary page shows the term with its definition and
 * answers; the search index adds its name, expansion, aliases and misspellings to those answers.
 */
export const glossaryTermSchema = z
  .object({
    id: z.string().regex(KEBAB_CASE).describe('Anchor on the glossary page: `/glossary/#eos`.'),
    term: z.string().min(1).describe('The term as readers write it: `EOS`, `ISR`, `Outbox`.'),
    expansion: z.string().min(1).optional().describe('What an acronym stands for.'),
    aliases: z.array(z.string().min(1)).describe('Other names and phrasings readers search with.'),
    misspellings: z
      .array(z.string().min(1))
      .describe(
        'Typos and spelling variants (`kafak`, `golang`): indexed with the term’s answers and, when the term is one word, read as the term in a query. Never displayed.',
      ),
    definition: z.string().min(1).describe('One or two sentences.'),
    answers: z.array(z.string().regex(KEBAB_CASE)).min(1).describe('The answers that explain the term, best first.'),
  })
  .strict();

export const glossarySchema = z.array(glossaryTermSchema);

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
