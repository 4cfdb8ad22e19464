import { type Section, sections } from '../config/sections.ts';
import type { Level } from './answer-model.ts';
import type { LocatedAnswer } from './collect-answers.ts';

export interface SectionGroup {
  section: Section;
  answers: LocatedAnswer[];
}

/** Answers grouped by the section that holds them, in the sidebar's section order. */
export function groupBySection(answers: readonly LocatedAnswer[]): SectionGroup[] {
  return sections
    .map((section) => ({
      section,
      answers: answers.filter((answer) => answer.page.startsWith(`${section.directory}/`)),
    }))
    .filter((group) => group.answers.length > 0);
}

/** Every tag with the answers that carry it, alphabetically. */
export function tagsOf(answers: readonly LocatedAnswer[]): Array<{ tag: string; answers: LocatedAnswer[] }> {
  const byTag = new Map<string, LocatedAnswer[]>();
  for (const answer of answers) {
    for (const tag of answer.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), answer]);
  }
  return [...byTag].map(([tag, tagged]) => ({ tag, answers: tagged })).sort((a, b) => a.tag.localeCompare(b.tag));
}

export function withLevel(answers: readonly LocatedAnswer[], level: Level): LocatedAnswer[] {
  return answers.filter((answer) => answer.level === level);
}
