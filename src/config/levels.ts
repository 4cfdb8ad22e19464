import type { Level } from '../lib/answer-model.ts';

/** What each level promises the reader; shown on the level pages and the guide. */
export const LEVEL_DESCRIPTIONS: Record<Level, string> = {
  basic: 'The core idea, right: for readers who know the technology by name.',
  intermediate: 'The mechanics and the defaults: for readers who use it every day.',
  advanced: 'Internals, scale and design choices: for readers who operate it and debug it.',
  scenario: 'A realistic situation: what to do, in which order, and why.',
};
