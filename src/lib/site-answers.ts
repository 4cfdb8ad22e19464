import { createPageCollector, flattenAnswers, type LocatedAnswer, type PageRecord } from './collect-answers.ts';

/**
 * The site's question pages and answers, for the build and the pages it generates (section
 * indexes, tags, levels, short links). Builds run from the project root, hence `process.cwd()`.
 */
export const getSitePages: () => Promise<PageRecord[]> = createPageCollector(process.cwd());

export async function getSiteAnswers(): Promise<LocatedAnswer[]> {
  return flattenAnswers(await getSitePages());
}
