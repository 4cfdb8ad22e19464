import type { GlossaryTerm } from '../lib/glossary-schema.ts';
import terms from './glossary.json' with { type: 'json' };

/**
 * The handbook's glossary: the terms live in `glossary.json`, shaped by `glossaryTermSchema`
 * (`src/lib/glossary-schema.ts`). The type annotation checks the data's shape at compile time;
 * a unit test validates it against the schema and checks that every answer id exists.
 */
export const glossary: readonly GlossaryTerm[] = terms;
