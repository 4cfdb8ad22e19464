import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { isDue, type Progress } from '../../src/client/practice/progress.ts';
import {
  deckCounts,
  formatInterval,
  gradeCard,
  nextCardId,
  nextReview,
  previewGrades,
  sessionQueue,
  toCard,
  toStored,
} from '../../src/client/practice/scheduler.ts';

const start = new Date('2026-03-02T09:00:00.000Z');
const minutes = (count: number) => new Date(start.getTime() + count * 60_000);
const days = (count: number) => new Date(start.getTime() + count * 86_400_000);

describe('the FSRS wrapper', () => {
  it('converts stored cards to ts-fsrs cards and back without loss', () => {
    const stored = gradeCard(undefined, start, Rating.Good);
    expect(toCard(stored).due).toBeInstanceOf(Date);
    expect(toStored(toCard(stored))).toEqual(stored);
    expect(JSON.parse(JSON.stringify(stored))).toEqual(stored);
  });

  it('moves the due date forward on every grade, further for better grades', () => {
    const dues = ([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const).map((rating) =>
      Date.parse(gradeCard(undefined, start, rating).due),
    );
    for (const due of dues) expect(due).toBeGreaterThan(start.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    const easy = gradeCard(undefined, start, Rating.Easy);
    expect(easy.reps).toBe(1);
    expect(easy.last_review).toBe(start.toISOString());
    // A review days later, graded Good, goes further still.
    const later = gradeCard(easy, new Date(easy.due), Rating.Good);
    expect(Date.parse(later.due) - Date.parse(easy.due)).toBeGreaterThan(Date.parse(easy.due) - start.getTime());
  });

  it('previews what each grade would give, as the buttons show it', () => {
    const preview = previewGrades(undefined, start);
    expect(formatInterval(start, preview.Again)).toBe('1 min');
    expect(formatInterval(start, preview.Hard)).toMatch(/^\d+ min$/);
    expect(formatInterval(start, preview.Good)).toBe('10 min');
    expect(formatInterval(start, preview.Easy)).toMatch(/^\d+d$/);
    expect(preview.Good).toEqual(new Date(gradeCard(undefined, start, Rating.Good).due));
  });

  it('grades a card reviewed on a device whose clock ran ahead as of that review, never failing', () => {
    const ahead = gradeCard(undefined, days(1), Rating.Good);
    const graded = gradeCard(ahead, start, Rating.Good);
    expect(graded.reps).toBe(2);
    expect(Date.parse(graded.due)).toBeGreaterThan(days(1).getTime());
    expect(Object.values(previewGrades(ahead, start)).every((due) => due.getTime() > days(1).getTime())).toBe(true);
  });

  it('formats intervals short and long', () => {
    expect(formatInterval(start, minutes(10))).toBe('10 min');
    expect(formatInterval(start, minutes(90), 'long')).toBe('2 hours');
    expect(formatInterval(start, days(1), 'long')).toBe('1 day');
    expect(formatInterval(start, days(3))).toBe('3d');
    expect(formatInterval(start, days(65))).toBe('2mo');
    expect(formatInterval(start, days(400), 'long')).toBe('1 year');
    expect(formatInterval(start, start)).toBe('1 min');
  });
});

describe('a session', () => {
  const ids = ['a', 'b', 'c', 'd'];

  it('shows due cards first, the longest overdue first, then new cards in deck order', () => {
    const progress: Progress = {
      c: gradeCard(undefined, days(-10), Rating.Good),
      d: gradeCard(undefined, days(-20), Rating.Good),
      b: gradeCard(undefined, start, Rating.Easy),
    };
    expect(isDue(progress.d, start)).toBe(true);
    expect(isDue(progress.b, start)).toBe(false);
    expect(sessionQueue(ids, progress, start)).toEqual(['d', 'c', 'a']);
    expect(deckCounts(ids, progress, start)).toEqual({ dueToday: 2, dueNow: 2, new: 1, studied: 3, total: 4 });
  });

  it('brings a card graded Again back in the same session once its learning step has passed', () => {
    const progress: Progress = { a: gradeCard(undefined, start, Rating.Again) };
    // Right after, the new cards come first; the lapsed card is not due yet.
    expect(sessionQueue(ids, progress, minutes(0.5))).toEqual(['b', 'c', 'd']);
    // A few minutes later it is due, and due cards come before new ones.
    expect(sessionQueue(ids, progress, minutes(2))[0]).toBe('a');
  });

  it('reviews learning cards a little early when nothing else is left, then is done for now', () => {
    const progress: Progress = Object.fromEntries(ids.map((id) => [id, gradeCard(undefined, start, Rating.Easy)]));
    progress.b = gradeCard(undefined, start, Rating.Good);
    expect(sessionQueue(ids, progress, minutes(1))).toEqual([]);
    expect(nextCardId(ids, progress, minutes(1))).toBe('b');
    progress.b = gradeCard(progress.b, minutes(1), Rating.Easy);
    expect(nextCardId(ids, progress, minutes(1))).toBeUndefined();
    const next = nextReview(ids, progress, minutes(1));
    expect(next?.getTime()).toBe(Math.min(...ids.map((id) => Date.parse(progress[id]?.due ?? ''))));
    expect(deckCounts(ids, progress, minutes(1))).toMatchObject({ dueNow: 0, new: 0, studied: 4 });
  });

  it('makes every studied card due again once time has passed', () => {
    const progress: Progress = Object.fromEntries(ids.map((id) => [id, gradeCard(undefined, start, Rating.Good)]));
    expect(deckCounts(ids, progress, days(30))).toMatchObject({ dueNow: 4, new: 0 });
  });
});
