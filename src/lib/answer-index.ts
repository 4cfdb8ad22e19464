import { type CollectionEntry, getCollection, render } from 'astro:content';
import type { AnswerRecord } from './answer-model.ts';

export interface PageAnswers {
  entry: CollectionEntry<'docs'>;
  /** The page's URL path without the base, e.g. `kafka/consumers/ordering/`. */
  path: string;
  answers: AnswerRecord[];
}

let cached: Promise<PageAnswers[]> | undefined;

/**
 * Every question page with the answers the Markdown plugin recorded for it, in sidebar order.
 * Rendering is memoised by Astro, so asking here costs nothing extra during a build.
 */
export function getAnsweredPages(): Promise<PageAnswers[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<PageAnswers[]> {
  const entries = await getCollection('docs', (entry) => entry.data.questions && !entry.data.draft);
  const pages = await Promise.all(
    entries.map(async (entry) => {
      const { remarkPluginFrontmatter } = await render(entry);
      const answers = (remarkPluginFrontmatter.answers ?? []) as AnswerRecord[];
      return { entry, path: `${entry.id}/`, answers };
    }),
  );
  return pages.filter((page) => page.answers.length > 0).sort(bySidebarOrder);
}

function bySidebarOrder(a: PageAnswers, b: PageAnswers): number {
  const order = (page: PageAnswers) => page.entry.data.sidebar.order ?? Number.MAX_SAFE_INTEGER;
  return order(a) - order(b) || a.entry.data.title.localeCompare(b.entry.data.title);
}
