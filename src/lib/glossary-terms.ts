import type { GlossaryTerm } from './glossary-schema.ts';

/** Every name a reader may search a glossary term by: the term, its expansion, aliases, misspellings. */
export function searchNames(term: GlossaryTerm): string[] {
  return [term.term, term.expansion, ...term.aliases, ...term.misspellings].filter((name): name is string =>
    Boolean(name),
  );
}

/** For each answer, the glossary names that should find it (index-time synonyms). */
export function glossaryNamesByAnswer(terms: readonly GlossaryTerm[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const term of terms) {
    for (const id of term.answers) names.set(id, [...new Set([...(names.get(id) ?? []), ...searchNames(term)])]);
  }
  return names;
}
