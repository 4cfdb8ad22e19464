import type { Grade } from 'ts-fsrs';
import type { PracticeCard, PracticeData } from '../../lib/practice-cards.ts';
import { type LocalStore, STORE_KEYS, type StoreStatus } from './local-store.ts';
import { readProgress } from './progress.ts';
import {
  deckCounts,
  formatInterval,
  GRADES,
  gradeCard,
  nextCardId,
  nextReview,
  previewGrades,
  sessionQueue,
} from './scheduler.ts';
import { isStarred, setStar } from './stars.ts';

export interface SessionOptions {
  root: HTMLElement;
  data: PracticeData;
  deck: readonly PracticeCard[];
  store: LocalStore;
  base: string;
  /** What to say when the deck has no card at all (no match, no stars yet). */
  emptyMessage: string;
  announce(text: string): void;
  /** After every write: the page updates its counts, tables and storage note. */
  onChange(status: StoreStatus): void;
}

export interface Session {
  /** Picks the card to show again, after progress changed elsewhere (import, reset). */
  refresh(): void;
  /**
   * Catches up with changes from another tab, or with time passing while the page was hidden:
   * a new card if the shown one was graded elsewhere or the deck was done, and the star's state.
   */
  sync(): void;
}

/** Where the current card is kept, so Back from its full answer shows the same card. */
interface HistoryCard {
  practiceCard?: string | undefined;
  practiceRevealed?: boolean;
}

/**
 * One card at a time: the question, "Show answer", the four grades with the interval each would
 * give, then the next card. Keyboard: Space reveals, 1–4 grade, `s` stars.
 */
export function startSession(options: SessionOptions): Session {
  const { root, deck, store, base } = options;
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector) as T;
  const cardView = $<HTMLElement>('[data-card]');
  const revealButton = $<HTMLButtonElement>('[data-reveal]');
  const answer = $<HTMLElement>('[data-answer]');
  const starButton = $<HTMLButtonElement>('[data-star]');
  const done = $<HTMLElement>('[data-done]');
  const doneText = $<HTMLElement>('[data-done-text]');
  const gradeButtons = [...root.querySelectorAll<HTMLButtonElement>('[data-grade]')];
  const sectionLabels = new Map(options.data.sections.map(({ directory, label }) => [directory, label]));
  const byId = new Map(deck.map((card) => [card.id, card]));
  const ids = deck.map((card) => card.id);
  let current: PracticeCard | undefined;
  let revealed = false;
  /** The stored state of the shown card when it was shown, to notice a grade from another tab. */
  let shownState: string | undefined;

  function show(card: PracticeCard | undefined, reveal = false): void {
    current = card;
    shownState = card && JSON.stringify(readProgress(store)[card.id]);
    cardView.hidden = card === undefined;
    done.hidden = card !== undefined;
    if (!card) {
      doneText.textContent = doneMessage();
      remember();
      return;
    }
    $('[data-card-where]').textContent = `${sectionLabels.get(card.section) ?? card.section} · ${card.pageTitle}`;
    $('[data-card-question]').textContent = card.question;
    const meta = $('[data-card-meta]');
    meta.replaceChildren(
      chip('practice-chip practice-chip--level', card.level),
      ...card.tags.map((tag) => chip('practice-chip', tag)),
    );
    $('[data-answer-text]').textContent = card.summary;
    $<HTMLAnchorElement>('[data-full-answer]').href = `${base}${card.page}/#${card.id}`;
    showStar();
    showIntervals();
    setRevealed(reveal);
  }

  /**
   * The answer is laid out, unseen, from the moment its card shows, in the place of the reveal
   * button: revealing it (and the grades, filled in already) changes what is seen, not the layout.
   */
  function setRevealed(value: boolean): void {
    revealed = value;
    cardView.toggleAttribute('data-revealed', value);
    revealButton.hidden = value;
    if (value) showIntervals();
    remember();
  }

  function showIntervals(): void {
    if (!current) return;
    const now = new Date();
    const preview = previewGrades(readProgress(store)[current.id], now);
    GRADES.forEach(({ label }, index) => {
      const interval = gradeButtons[index]?.querySelector('[data-interval]');
      if (interval) interval.textContent = formatInterval(now, preview[label]);
    });
  }

  function reveal(): void {
    if (!current || revealed) return;
    setRevealed(true);
    answer.focus();
  }

  function grade(index: number): void {
    const choice = GRADES[index];
    if (!current || !revealed || !choice) return;
    const now = new Date();
    const progress = readProgress(store);
    const graded = gradeCard(progress[current.id], now, choice.rating as Grade);
    progress[current.id] = graded;
    const status = store.write(STORE_KEYS.progress, progress);
    options.onChange(status);
    const counts = deckCounts(ids, progress, now);
    options.announce(
      `${choice.label} — next review in ${formatInterval(now, new Date(graded.due), 'long')}. ${counts.dueToday} due, ${counts.new} new.`,
    );
    showNext(now);
    (current ? revealButton : doneText).focus();
  }

  function showNext(now = new Date()): void {
    const id = nextCardId(ids, readProgress(store), now);
    show(id === undefined ? undefined : byId.get(id));
  }

  function star(): void {
    if (!current) return;
    // What the reader sees decides, even if another tab changed the star since.
    const wanted = starButton.getAttribute('aria-pressed') !== 'true';
    const { starred, status } = setStar(store, current.id, wanted);
    options.onChange(status);
    showStar();
    options.announce(starred ? 'Starred: it is in My answers.' : 'Star removed.');
  }

  function showStar(): void {
    const starred = current !== undefined && isStarred(store, current.id);
    starButton.setAttribute('aria-pressed', String(starred));
    $('[data-star-icon]').textContent = starred ? '★' : '☆';
  }

  function doneMessage(): string {
    if (deck.length === 0) return options.emptyMessage;
    const now = new Date();
    const next = nextReview(ids, readProgress(store), now);
    return next
      ? `Done for now — next review in ${formatInterval(now, next, 'long')}.`
      : 'Done for now: every card of this deck has been reviewed.';
  }

  function remember(): void {
    const state: HistoryCard = { practiceCard: current?.id, practiceRevealed: revealed };
    history.replaceState({ ...(history.state as object | null), ...state }, '');
  }

  revealButton.addEventListener('click', reveal);
  starButton.addEventListener('click', star);
  // The page serves them disabled: a tap while the cards were loading would have done nothing.
  revealButton.disabled = false;
  starButton.disabled = false;
  gradeButtons.forEach((button, index) => {
    button.addEventListener('click', () => grade(index));
  });
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || cardView.hidden) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('input, textarea, select, [contenteditable], dialog, summary')) return;
    if (event.key === ' ') {
      // On a button or link, Space is the browser's (activate, scroll); elsewhere it reveals.
      if (revealed || target?.closest('button, a')) return;
      event.preventDefault();
      reveal();
    } else if (['1', '2', '3', '4'].includes(event.key) && revealed) {
      event.preventDefault();
      grade(Number(event.key) - 1);
    } else if (event.key === 's' || event.key === 'S') {
      event.preventDefault();
      star();
    }
  });

  // Back from a full answer (or a reload) shows the card the reader was on, unless it has been
  // graded since (in another tab) and is not waiting any more.
  const remembered = history.state as HistoryCard | null;
  const rememberedCard = remembered?.practiceCard ? byId.get(remembered.practiceCard) : undefined;
  if (rememberedCard && isWaiting(rememberedCard.id)) show(rememberedCard, remembered?.practiceRevealed === true);
  else showNext();

  function isWaiting(id: string): boolean {
    const now = new Date();
    const progress = readProgress(store);
    return sessionQueue(ids, progress, now).includes(id) || nextCardId(ids, progress, now) === id;
  }

  return {
    refresh() {
      showNext();
    },
    sync() {
      if (!current || JSON.stringify(readProgress(store)[current.id]) !== shownState) showNext();
      else showStar();
    },
  };
}

function chip(className: string, text: string): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}
