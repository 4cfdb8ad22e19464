import { sectionOf } from '../config/sections.ts';
import type { Level } from './answer-model.ts';
import { renamedShortLinks } from './answer-redirects.ts';
import type { AnswerRegistry } from './answer-registry.ts';
import type { LocatedAnswer } from './collect-answers.ts';

/**
 * What practice mode knows of the handbook, published as `practice/cards.json`: every answer as
 * a card, the sections to filter by, and the ids that were renamed, so a reader's stored stars
 * and progress follow an answer whose id changed.
 */
export interface PracticeData {
  /** Every answer, in the handbook's reading order. */
  cards: PracticeCard[];
  /** Sections in sidebar order; a card's `section` is one of their `directory` values. */
  sections: Array<{ directory: string; label: string }>;
  /** A retired answer id → the id that holds its answer now (chains already followed). */
  renamed: Record<string, string>;
  /** A retired tag → the tag answers carry instead, so an old deck address still matches. */
  mergedTags: Record<string, string>;
}

export interface PracticeCard {
  id: string;
  question: string;
  /** The short answer, as plain text. */
  summary: string;
  /** The page that holds the full answer, without slashes: `kafka/consumers/ordering`. */
  page: string;
  pageTitle: string;
  /** The section's folder: `kafka/consumers`. */
  section: string;
  level: Level;
  tags: string[];
}

export function practiceData(
  answers: readonly LocatedAnswer[],
  sections: ReadonlyArray<{ directory: string; label: string }>,
  registry: AnswerRegistry,
  mergedTags: Readonly<Record<string, string>>,
): PracticeData {
  const sectionOrder = new Map(sections.map(({ directory }, index) => [directory, index]));
  const cards = answers.map((answer) => ({
    id: answer.id,
    question: answer.question,
    summary: answer.summary,
    page: answer.page,
    pageTitle: answer.pageTitle,
    section: sectionOf(`${answer.page}/`)?.directory ?? '',
    level: answer.level,
    tags: answer.tags,
  }));
  return {
    // Sidebar order of sections; within one, the pages' own order (which `answers` already has).
    cards: cards.toSorted(
      (a, b) => (sectionOrder.get(a.section) ?? sectionOrder.size) - (sectionOrder.get(b.section) ?? sectionOrder.size),
    ),
    sections: sections.map(({ directory, label }) => ({ directory, label })),
    renamed: Object.fromEntries(renamedShortLinks(registry).map(({ id, to }) => [id, to.id])),
    mergedTags: { ...mergedTags },
  };
}
