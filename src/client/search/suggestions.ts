import type { GlossaryTerm } from '../../lib/glossary-schema.ts';
import { glossaryNames, nameKey } from './query-plan.ts';

/** Glossary terms the query names exactly (by term, expansion, alias or misspelling). */
export function glossaryMatches(query: string, terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  const wanted = nameKey(query);
  if (!wanted) return [];
  const words = new Set(wanted.split(' '));
  const named = glossaryNames(terms)
    .filter(({ key }) => key === wanted || (!key.includes(' ') && key.length >= 2 && words.has(key)))
    .map(({ term }) => term);
  return [...new Set(named)];
}

/** Terms close to what was typed, for a query that found nothing: "Did you mean …". */
export function nearTerms(query: string, terms: readonly GlossaryTerm[], limit = 5): GlossaryTerm[] {
  const words = nameKey(query)
    .split(' ')
    .filter((word) => word.length >= 3);
  if (words.length === 0) return [];
  const closest = new Map<GlossaryTerm, number>();
  for (const { key, term } of glossaryNames(terms)) {
    for (const part of key.split(' ')) {
      for (const word of words) {
        const distance = editDistance(word, part) / Math.max(word.length, part.length);
        closest.set(term, Math.min(distance, closest.get(term) ?? Number.POSITIVE_INFINITY));
      }
    }
  }
  return [...closest]
    .filter(([, distance]) => distance <= 0.34)
    .sort((a, b) => a[1] - b[1])
    .slice(0, limit)
    .map(([term]) => term);
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
