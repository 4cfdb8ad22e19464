import { levelLabel } from '../lib/answer-model.ts';
import type { PracticeData } from '../lib/practice-cards.ts';
import { type LocalStore, openLocalStore, storeStatusMessage } from './practice/local-store.ts';
import { plural } from './practice/plural.ts';
import { readProgress } from './practice/progress.ts';
import { followRenamedIds } from './practice/renamed-ids.ts';
import { type StarredEntry, starredEntries } from './practice/starred-list.ts';
import { readStars, setStar } from './practice/stars.ts';

/**
 * `/my-answers/` with JavaScript: the starred answers of this browser, listed from the published
 * cards (`practice/cards.json`) after moving stars of retired ids to their new ids. Unstarring is
 * announced in the page's live region and focus moves to the next entry (or the previous, or the empty state's heading).
 */
export async function initMyAnswers(root: HTMLElement, base: string): Promise<void> {
  const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-part="${name}"]`) as T;
  const store = openLocalStore();
  let data: PracticeData;
  try {
    const response = await fetch(`${base}practice/cards.json`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    data = (await response.json()) as PracticeData;
  } catch (error) {
    part('loading').textContent =
      `The list of answers could not be loaded (${(error as Error).message}). Reload the page to try again.`;
    return;
  }
  followRenamedIds(store, data.renamed);
  const entries = starredEntries(data, readStars(store), readProgress(store), new Date());

  const list = part<HTMLOListElement>('list');
  list.replaceChildren(...entries.map((entry) => listItem(entry, base)));
  list.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-unstar]');
    if (button) unstar(button);
  });
  showStorageNote(part('storage'), store);
  update();
  part('loading').hidden = true;
  part('content').hidden = false;

  function unstar(button: HTMLButtonElement): void {
    const item = button.closest('li') as HTMLLIElement;
    const next = (item.nextElementSibling ?? item.previousElementSibling)?.querySelector('button');
    const { status } = setStar(store, button.dataset.unstar ?? '', false);
    item.remove();
    const left = update();
    const warning = storeStatusMessage(status);
    showStorageNote(part('storage'), store);
    const said = `Removed from My answers. ${plural(left, 'starred answer')}.`;
    part('status').textContent = warning ? `${said} ${warning}` : said;
    if (next) next.focus();
    else part('empty-heading').focus();
  }

  /** Shows the count, or the empty state; returns how many are left. */
  function update(): number {
    const count = list.children.length;
    part('count').textContent = `${plural(count, 'starred answer')}, newest star first.`;
    part('starred').hidden = count === 0;
    part('empty').hidden = count > 0;
    return count;
  }
}

function showStorageNote(note: HTMLElement, store: LocalStore): void {
  const message = storeStatusMessage(store.status());
  note.textContent = message ?? '';
  note.hidden = !message;
}

function listItem({ card, sectionLabel, practice }: StarredEntry, base: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'my-answers__item';
  const link = document.createElement('a');
  link.href = `${base}${card.page}/#${card.id}`;
  link.textContent = card.question;
  const meta = document.createElement('p');
  meta.className = 'my-answers__meta';
  const state = practice === 'due' ? 'Due for review' : practice === 'studied' ? 'Studied' : '';
  meta.textContent = [sectionLabel, levelLabel(card.level), state].filter(Boolean).join(' · ');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'my-answers__unstar';
  button.dataset.unstar = card.id;
  button.textContent = 'Unstar';
  button.setAttribute('aria-label', `Unstar “${card.question}”`);
  item.append(link, meta, button);
  return item;
}
