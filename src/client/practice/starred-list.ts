import type { PracticeCard, PracticeData } from '../../lib/practice-cards.ts';
import { isDue, isStudied, type Progress } from './progress.ts';
import type { Stars } from './stars.ts';

/** Where the reader is with a starred answer in practice; `undefined` when never graded. */
export type PracticeState = 'studied' | 'due' | undefined;

export interface StarredEntry {
  card: PracticeCard;
  /** The label of the card's section, as in the sidebar. */
  sectionLabel: string;
  starredAt: string;
  practice: PracticeState;
}

/**
 * The reader's starred answers as "My answers" lists them: newest star first, so what was just
 * starred is on top. Stars of ids the handbook does not know (none should exist: retired ids are
 * moved to their new ids first) are left out rather than shown without a question.
 */
export function starredEntries(data: PracticeData, stars: Stars, progress: Progress, now: Date): StarredEntry[] {
  const cards = new Map(data.cards.map((card) => [card.id, card]));
  const labels = new Map(data.sections.map((section) => [section.directory, section.label]));
  return Object.entries(stars)
    .sort(([, a], [, b]) => b.localeCompare(a))
    .flatMap(([id, starredAt]) => {
      const card = cards.get(id);
      if (!card) return [];
      return [
        {
          card,
          sectionLabel: labels.get(card.section) ?? card.section,
          starredAt,
          practice: practiceState(progress[id], now),
        },
      ];
    });
}

/** Graded at least once: `due` when its next review has come, else `studied`. */
export function practiceState(card: Progress[string] | undefined, now: Date): PracticeState {
  if (!isStudied(card)) return undefined;
  return isDue(card, now) ? 'due' : 'studied';
}
