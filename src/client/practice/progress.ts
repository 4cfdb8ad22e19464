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

const NUMBER_FIELDS = [
  'stability',
  'difficulty',
  'elapsed_days',
  'scheduled_days',
  'learning_steps',
  'reps',
  'lapses',
  'state',
] as const;

export function isStoredCard(value: unknown): value is StoredCard {
  if (typeof value !== 'object' || value === null) return false;
  const card = value as Record<string, unknown>;
  return (
    typeof card.due === 'string' &&
    !Number.isNaN(Date.parse(card.due)) &&
    NUMBER_FIELDS.every((field) => typeof card[field] === 'number' && Number.isFinite(card[field])) &&
    (card.last_review === undefined ||
      (typeof card.last_review === 'string' && !Number.isNaN(Date.parse(card.last_review))))
  );
}

/** The stored progress; anything that is not a valid card is left out rather than trusted. */
export function readProgress(store: LocalStore): Progress {
  const value = store.read(STORE_KEYS.progress);
  if (!isRecordOf(value, () => true)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, card]) => isStoredCard(card))) as Progress;
}

/** Answers the reader has graded at least once: the "studied" marker on answer pages. */
export function studiedIds(store: LocalStore): Set<string> {
  return new Set(
    Object.entries(readProgress(store))
      .filter(([, card]) => card.reps > 0)
      .map(([id]) => id),
  );
}
