import type { PracticeData } from '../../lib/practice-cards.ts';
import { deckCards, type FilterName, singleFilterDeck } from '../../lib/practice-deck.ts';
import type { Progress } from './progress.ts';
import { deckCounts } from './scheduler.ts';

/**
 * Fills the progress tables drawn by the page (one row per level and per section, marked
 * `data-progress-row="level:advanced"`): studied / total and due now, for the whole handbook.
 */
export function fillProgressTables(root: HTMLElement, data: PracticeData, progress: Progress, now: Date): void {
  for (const row of root.querySelectorAll<HTMLElement>('[data-progress-row]')) {
    const [filter, value] = (row.dataset.progressRow ?? '').split(':') as [FilterName, string];
    const ids = deckCards(data, singleFilterDeck(filter, value)).map((card) => card.id);
    const counts = deckCounts(ids, progress, now);
    const studied = row.querySelector('[data-studied]');
    const due = row.querySelector('[data-due]');
    if (studied) studied.textContent = `${counts.studied} / ${counts.total}`;
    if (due) due.textContent = String(counts.dueNow);
  }
}
