import { type Card, createEmptyCard, fsrs, type Grade, Rating, State } from 'ts-fsrs';
import { isDue, isStudied, type Progress, type StoredCard } from './progress.ts';

/**
 * Scheduling is ts-fsrs's (FSRS with its default parameters and learning steps of 1 and 10
 * minutes); this module only converts the stored JSON form to its `Card` and back, and orders
 * a session. No interval is computed here.
 */
const scheduler = fsrs();

/** The four grades, in button and key order (1–4). */
export const GRADES = [
  { rating: Rating.Again, label: 'Again' },
  { rating: Rating.Hard, label: 'Hard' },
  { rating: Rating.Good, label: 'Good' },
  { rating: Rating.Easy, label: 'Easy' },
] as const satisfies ReadonlyArray<{ rating: Grade; label: string }>;

export type GradeLabel = (typeof GRADES)[number]['label'];

/**
 * A card that is still learning (or relearning after Again) is shown this much before it is due
 * when nothing else is left, as Anki does, so a session ends with its own lapses reviewed.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

export function toCard(stored: StoredCard): Card {
  return {
    ...stored,
    due: new Date(stored.due),
    state: stored.state as State,
    last_review: stored.last_review === undefined ? undefined : new Date(stored.last_review),
  } as Card;
}

export function toStored(card: Card): StoredCard {
  const { due, last_review, ...rest } = card;
  return {
    ...rest,
    due: due.toISOString(),
    ...(last_review ? { last_review: last_review.toISOString() } : {}),
  };
}

/** The card's state after grading it `rating` at `now`; a card never studied starts empty. */
export function gradeCard(stored: StoredCard | undefined, now: Date, rating: Grade): StoredCard {
  return toStored(scheduled(stored, now, (card, at) => scheduler.next(card, at, rating).card));
}

/** When each grade would bring the card back: what the grade buttons show. */
export function previewGrades(stored: StoredCard | undefined, now: Date): Record<GradeLabel, Date> {
  const preview = scheduled(stored, now, (card, at) => scheduler.repeat(card, at));
  return Object.fromEntries(GRADES.map(({ rating, label }) => [label, preview[rating].card.due])) as Record<
    GradeLabel,
    Date
  >;
}

/**
 * Runs ts-fsrs on a stored card. A last review later than `now` (progress imported from a device
 * whose clock runs ahead) is graded as of that review: ts-fsrs refuses time running backwards. A
 * state it still refuses is started afresh, so one card can never stop a session.
 */
function scheduled<T>(stored: StoredCard | undefined, now: Date, run: (card: Card, at: Date) => T): T {
  if (!stored) return run(createEmptyCard(now), now);
  const card = toCard(stored);
  const at = card.last_review && card.last_review > now ? card.last_review : now;
  try {
    return run(card, at);
  } catch {
    return run(createEmptyCard(now), now);
  }
}

export interface DeckCounts {
  /** Studied cards due by the end of `now`'s day (local time). */
  dueToday: number;
  /** Studied cards due at `now`. */
  dueNow: number;
  /** Cards never graded. */
  new: number;
  studied: number;
  total: number;
}

export function deckCounts(ids: readonly string[], progress: Progress, now: Date): DeckCounts {
  const endOfDay = new Date(now);
  endOfDay.setHours(23, 59, 59, 999);
  const counts: DeckCounts = { dueToday: 0, dueNow: 0, new: 0, studied: 0, total: ids.length };
  for (const id of ids) {
    const stored = progress[id];
    if (!isStudied(stored)) {
      counts.new += 1;
      continue;
    }
    counts.studied += 1;
    if (isDue(stored, endOfDay)) counts.dueToday += 1;
    if (isDue(stored, now)) counts.dueNow += 1;
  }
  return counts;
}

/**
 * The session's order at `now`: cards due now, the longest overdue first, then new cards in the
 * deck's order. Asked again after each grade, so a card graded Again returns once its learning
 * step has passed.
 */
export function sessionQueue(ids: readonly string[], progress: Progress, now: Date): string[] {
  const due = ids
    .filter((id) => isDue(progress[id], now))
    .sort((a, b) => Date.parse(progress[a]?.due ?? '') - Date.parse(progress[b]?.due ?? ''));
  return [...due, ...ids.filter((id) => !isStudied(progress[id]))];
}

/**
 * The card to show at `now`: the head of the queue, or else a learning card due within
 * `LEARN_AHEAD_MS` (the earliest), or none when the deck is done for now.
 */
export function nextCardId(ids: readonly string[], progress: Progress, now: Date): string | undefined {
  const [head] = sessionQueue(ids, progress, now);
  if (head !== undefined) return head;
  const ahead = new Date(now.getTime() + LEARN_AHEAD_MS);
  return ids
    .filter((id) => {
      const stored = progress[id];
      return (
        stored !== undefined &&
        isDue(stored, ahead) &&
        (stored.state === State.Learning || stored.state === State.Relearning)
      );
    })
    .sort((a, b) => Date.parse(progress[a]?.due ?? '') - Date.parse(progress[b]?.due ?? ''))[0];
}

/** The earliest review of the deck after `now`, for "Done for now — next review in …". */
export function nextReview(ids: readonly string[], progress: Progress, now: Date): Date | undefined {
  const dues = ids.flatMap((id) => {
    const stored = progress[id];
    return isStudied(stored) && Date.parse(stored.due) > now.getTime() ? [Date.parse(stored.due)] : [];
  });
  return dues.length > 0 ? new Date(Math.min(...dues)) : undefined;
}

const UNITS = [
  { ms: 365 * 86_400_000, short: 'y', long: 'year' },
  { ms: 30 * 86_400_000, short: 'mo', long: 'month' },
  { ms: 86_400_000, short: 'd', long: 'day' },
  { ms: 3_600_000, short: 'h', long: 'hour' },
  // "min", not "m": beside "mo" (months) a bare "m" reads either way.
  { ms: 60_000, short: ' min', long: 'minute' },
] as const;

/**
 * How long until `to`, as a grade button says it ("1 min", "10 min", "3d", "4mo") or, `long`, as a
 * sentence does ("3 days"). Rounded to the largest unit that fits, as Anki shows intervals.
 */
export function formatInterval(from: Date, to: Date, style: 'short' | 'long' = 'short'): string {
  const ms = Math.max(0, to.getTime() - from.getTime());
  const unit = UNITS.find((candidate) => ms >= candidate.ms) ?? UNITS[4];
  const count = Math.max(1, Math.round(ms / unit.ms));
  if (style === 'short') return `${count}${unit.short}`;
  return `${count} ${unit.long}${count === 1 ? '' : 's'}`;
}
