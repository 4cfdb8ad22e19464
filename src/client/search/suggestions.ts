import type { GlossaryTerm } from '../../lib/glossary-schema.ts';
import { searchNames } from '../../lib/glossary-terms.ts';

/** Glossary terms the query names exactly (by term, expansion, alias or misspelling). */
export function glossaryMatches(query: string, terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  const wanted = normalise(query);
  if (!wanted) return [];
  const words = new Set(wanted.split(' '));
  return terms.filter((term) =>
    searchNames(term).some((name) => {
      const normal = normalise(name);
      return normal === wanted || (!normal.includes(' ') && normal.length >= 2 && words.has(normal));
    }),
  );
}

/** Terms close to what was typed, for a query that found nothing: "Did you mean …". */
export function nearTerms(query: string, terms: readonly GlossaryTerm[], limit = 5): GlossaryTerm[] {
  const words = normalise(query)
    .split(' ')
    .filter((word) => word.length >= 3);
  if (words.length === 0) return [];
  const scored = terms
    .map((term) => {
      const distances = searchNames(term).flatMap((name) =>
        normalise(name)
          .split(' ')
          .flatMap((part) => words.map((word) => editDistance(word, part) / Math.max(word.length, part.length))),
      );
      return { term, distance: Math.min(...distances) };
    })
    .filter(({ distance }) => distance <= 0.34)
    .sort((a, b) => a.distance - b.distance);
  return scored.slice(0, limit).map(({ term }) => term);
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9+/.]+/g, ' ')
    .trim();
}

/** Levenshtein distance, small inputs only. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
