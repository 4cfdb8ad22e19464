/**
 * The rules an answer obeys, shared by the Markdown plugin that enforces them, the content
 * schema, the pages that list answers and the tests. One place, so they cannot drift apart.
 */

/** How much a reader needs to know before an answer makes sense. */
export const LEVELS = ['basic', 'intermediate', 'advanced', 'scenario'] as const;
export type Level = (typeof LEVELS)[number];

/** Lowercase kebab-case: `kafka-ordering`, `gc-stop-the-world`. Also the shape of a tag. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Long enough to be specific, short enough to read in a URL. */
export const MAX_ID_LENGTH = 64;

/** An answer as the Markdown plugin records it for the page that holds it. */
export interface AnswerRecord {
  /** The `#id` of the answer's heading, stable for ever once published. */
  id: string;
  /** The question, as plain text. */
  question: string;
  level: Level;
  /** Concept tags, kebab-case, in the order the author wrote them. */
  tags: string[];
  /** Ids of answers the author points the reader to next. */
  related: string[];
  /** The stand-alone short answer (the first paragraph), as plain text. */
  summary: string;
  /** 1-based line of the question in its source file. */
  line: number;
}

/** A level as readers see it in text: `Advanced`. */
export function levelLabel(level: string): string {
  return level.charAt(0).toUpperCase() + level.slice(1);
}

export function isLevel(value: string): value is Level {
  return (LEVELS as readonly string[]).includes(value);
}

/** Splits a space-separated attribute value such as `tags="kafka ordering"`. */
export function splitList(value: string | null | undefined): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}
