import { z } from 'astro/zod';
import merged from '../data/merged-tags.json' with { type: 'json' };
import { tagsOf } from './answer-groups.ts';
import { KEBAB_CASE } from './answer-model.ts';
import type { LocatedAnswer } from './collect-answers.ts';

/**
 * Tags that were merged into another (synonyms, a singular beside a plural): an answer may not
 * carry one, and its old `/tags/<tag>/` address forwards to the tag it became.
 */
export const mergedTagsSchema = z
  .record(
    z.string().regex(KEBAB_CASE).describe('The tag no longer used.'),
    z.string().regex(KEBAB_CASE).describe('The tag that replaced it.'),
  )
  .describe('src/data/merged-tags.json: retired tag → the tag answers carry instead.');

export const mergedTags: Readonly<Record<string, string>> = mergedTagsSchema.parse(merged);

/**
 * A tag groups answers, so it has a page (and its chips link there) from two answers up. A tag on
 * one answer stays in that answer's data (search, filters) but shows no chip: its page would only
 * lead back to the answer the reader came from.
 */
export const MIN_ANSWERS_FOR_TAG_PAGE = 2;

export interface TagGroup {
  tag: string;
  answers: LocatedAnswer[];
}

/** The tags that get a page, alphabetically, each with its answers. */
export function tagsWithPages(answers: readonly LocatedAnswer[]): TagGroup[] {
  return tagsOf(answers).filter((group) => group.answers.length >= MIN_ANSWERS_FOR_TAG_PAGE);
}

/** Tags carried by a single answer, alphabetically: no page, listed on `/tags/` with their answer. */
export function singleAnswerTags(answers: readonly LocatedAnswer[]): Array<{ tag: string; answer: LocatedAnswer }> {
  return tagsOf(answers).flatMap(({ tag, answers: tagged }) =>
    tagged.length === 1 && tagged[0] ? [{ tag, answer: tagged[0] }] : [],
  );
}

/**
 * Where a `/tags/<tag>/` address without a page of its own sends the reader (page-relative): a
 * single-answer tag to its answer, a merged tag to the tag it became (or that tag's answer).
 * Addresses of tags that once had pages keep working.
 */
export function tagRedirects(answers: readonly LocatedAnswer[]): Array<{ tag: string; target: string }> {
  const single = new Map(singleAnswerTags(answers).map(({ tag, answer }) => [tag, `${answer.page}/#${answer.id}`]));
  const withPage = new Set(tagsWithPages(answers).map(({ tag }) => tag));
  const targetOf = (tag: string) => (withPage.has(tag) ? `tags/${tag}/` : (single.get(tag) ?? 'tags/'));
  const merges = Object.entries(mergedTags).map(([tag, into]) => ({ tag, target: targetOf(into) }));
  return [...[...single].map(([tag, target]) => ({ tag, target })), ...merges].sort((a, b) =>
    a.tag.localeCompare(b.tag),
  );
}
