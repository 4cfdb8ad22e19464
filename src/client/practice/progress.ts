import { type LocalStore, STORE_KEYS } from './local-store.ts';
import { isRecordOf } from './stars.ts';

/**
 * One card's scheduling state as stored: ts-fsrs's `Card` with its dates as ISO 8601 strings,
 * so it survives JSON (storage, export files). The practice page converts it to and from
 * ts-fsrs; answer pages only read whether a card has been studied.
 */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs `State`: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  last_review?: string;
}

export type Progress = Record<string, StoredCard>;

/** Counters: whole numbers from 0. */
const COUNT_FIELDS = ['learning_steps', 'reps', 'lapses', 'elapsed_days', 'scheduled_days'] as const;

/** A date as `toISOString` writes it (an offset is accepted too); not any text `Date.parse` guesses at. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

/**
 * A card state the scheduler can go on from, as ts-fsrs writes it: a new card (state 0) has
 * stability and difficulty 0; a studied one has positive stability, difficulty from 1 to 10 and
 * the date of its last review. Anything else (an edited or foreign file) is not a card.
 */
export function isStoredCard(value: unknown): value is StoredCard {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const card = value as Record<string, unknown>;
  const { state, stability, difficulty } = card;
  if (!isIsoDate(card.due) || (card.last_review !== undefined && !isIsoDate(card.last_review))) return false;
  if (!COUNT_FIELDS.every((field) => Number.isInteger(card[field]) && (card[field] as number) >= 0)) return false;
  if (typeof state !== 'number' || !Number.isInteger(state) || state < 0 || state > 3) return false;
  if (typeof stability !== 'number' || typeof difficulty !== 'number') return false;
  if (state === 0) return stability >= 0 && difficulty >= 0 && difficulty <= 10;
  return stability > 0 && difficulty >= 1 && difficulty <= 10 && card.last_review !== undefined;
}

/** The stored progress; anything that is not a valid card is left out rather than trusted. */
export function readProgress(store: LocalStore): Progress {
  const value = store.read(STORE_KEYS.progress);
  if (!isRecordOf(value, () => true)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, card]) => isStoredCard(card))) as Progress;
}

/** Graded at least once. A card never graded is new, whether or not a state is stored for it. */
export function isStudied(stored: StoredCard | undefined): stored is StoredCard {
  return stored !== undefined && stored.reps > 0;
}

/** Studied and due at `now`. Never-studied cards are new, not due. */
export function isDue(stored: StoredCard | undefined, now: Date): boolean {
  return isStudied(stored) && Date.parse(stored.due) <= now.getTime();
}

/** Answers the reader has graded at least once: the "studied" marker on answer pages. */
export function studiedIds(store: LocalStore): Set<string> {
  return new Set(
    Object.entries(readProgress(store))
      .filter(([, card]) => isStudied(card))
      .map(([id]) => id),
  );
}
