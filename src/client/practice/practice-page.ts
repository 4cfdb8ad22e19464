import type { PracticeData } from '../../lib/practice-cards.ts';
import {
  type DeckFilters,
  deckCards,
  deckQuery,
  deckTitle,
  parseDeck,
  replaceFilterValue,
  type UnknownValue,
  unknownValues,
} from '../../lib/practice-deck.ts';
import { initBackupControls } from './backup-controls.ts';
import { openLocalStore, type StoreStatus, storeStatusMessage } from './local-store.ts';
import { plural } from './plural.ts';
import { startSession } from './practice-session.ts';
import { readProgress } from './progress.ts';
import { fillProgressTables } from './progress-tables.ts';
import { followRenamedIds } from './renamed-ids.ts';
import { deckCounts } from './scheduler.ts';
import { starredIds } from './stars.ts';

const FILTER_NOUNS: Record<UnknownValue['filter'], string> = {
  section: 'section or area',
  level: 'level',
  tags: 'tag',
};

/**
 * The practice page: reads the deck from the address, loads every card (`practice/cards.json`),
 * and wires the session, the progress tables and the backup controls to the reader's store.
 */
export async function initPracticePage(root: HTMLElement, base: string): Promise<void> {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector) as T;
  const announcer = $('[data-announcer]');
  const counts = $('[data-deck-counts]');
  const store = openLocalStore();
  const announce = (text: string) => {
    announcer.textContent = text;
  };

  let data: PracticeData;
  try {
    const response = await fetch(`${base}practice/cards.json`);
    if (!response.ok) throw new Error(String(response.status));
    data = (await response.json()) as PracticeData;
  } catch {
    counts.textContent = 'The cards could not be loaded. Check your connection and reload the page.';
    return;
  }
  followRenamedIds(store, data.renamed);

  const filters = parseDeck(new URLSearchParams(location.search));
  // One address per deck, so the one a reader copies is the one the page would write.
  history.replaceState(history.state, '', `${base}practice/${deckQuery(filters)}${location.hash}`);
  const deck = deckCards(data, filters, new Set(starredIds(store)));
  const ids = deck.map((card) => card.id);
  const unknown = unknownValues(data, filters);

  $('[data-deck-title]').textContent = deckTitle(data, filters);
  document.title = `Practice: ${deckTitle(data, filters)} | ${document.title.split(' | ').at(-1) ?? ''}`;
  showUnknown($('[data-unknown]'), unknown, filters, base);
  fillForm($<HTMLFormElement>('[data-deck-form]'), filters);

  const showStatus = (status: StoreStatus) => {
    const note = $('[data-store-note]');
    const message = storeStatusMessage(status);
    note.hidden = message === undefined;
    note.textContent = message ?? '';
  };
  const update = (status: StoreStatus) => {
    showStatus(status);
    const now = new Date();
    const progress = readProgress(store);
    const deckNow = deckCounts(ids, progress, now);
    counts.textContent = `${deckNow.dueToday} due today · ${deckNow.new} new · ${plural(deckNow.total, 'card')}`;
    fillProgressTables(root, data, progress, now);
  };

  const session = startSession({
    root,
    data,
    deck,
    store,
    base,
    emptyMessage: emptyMessage(filters, unknown, starredIds(store).length > 0),
    announce,
    onChange: update,
  });
  initBackupControls({
    root,
    store,
    handbook: { ids: new Set(data.cards.map((card) => card.id)), renamed: data.renamed },
    announce,
    onChange(status) {
      update(status);
      session.refresh();
    },
  });
  update(store.status());

  // Another tab graded or starred, or time passed while this one was hidden: catch up.
  const catchUp = () => {
    update(store.status());
    session.sync();
  };
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith('backend-handbook:')) catchUp();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') catchUp();
  });
}

function showUnknown(container: HTMLElement, unknown: readonly UnknownValue[], filters: DeckFilters, base: string) {
  container.hidden = unknown.length === 0;
  const deckLink = (next: DeckFilters, text: string) => {
    const link = document.createElement('a');
    link.href = `${base}practice/${deckQuery(next)}`;
    link.textContent = text;
    return link;
  };
  container.replaceChildren(
    ...unknown.map(({ filter, value, suggestions }) => {
      const line = document.createElement('p');
      line.append(`No ${FILTER_NOUNS[filter]} “${value}”. `);
      if (suggestions.length > 0) {
        line.append('Did you mean ');
        suggestions.forEach((suggestion, index) => {
          if (index > 0) line.append(index === suggestions.length - 1 ? ' or ' : ', ');
          line.append(deckLink(replaceFilterValue(filters, filter, value, suggestion), suggestion));
        });
        line.append('? ');
      }
      line.append(deckLink(replaceFilterValue(filters, filter, value), `Leave out “${value}”`), '.');
      return line;
    }),
  );
}

function fillForm(form: HTMLFormElement, filters: DeckFilters): void {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    if (box.name === 'level') box.checked = filters.levels.includes(box.value);
    // An area is its own box ("All of Kafka"), so the deck sent again stays `section=kafka`.
    if (box.name === 'section') box.checked = filters.sections.includes(box.value);
    if (box.name === 'starred') box.checked = filters.starred;
  }
  const tags = form.querySelector<HTMLInputElement>('input[name="tags"]');
  if (tags) tags.value = filters.tags.join(', ');
}

function emptyMessage(filters: DeckFilters, unknown: readonly UnknownValue[], hasStars: boolean): string {
  if (unknown.length > 0) return 'This deck has no cards: see the filters above that matched nothing.';
  if (filters.starred && !hasStars) {
    return 'You have not starred any answer yet. Star a card here with its Star button (or the s key), or an answer on its page.';
  }
  return 'No answer matches all of these filters. Choose the deck again below its title.';
}
