import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { buildExport, exportFileName, mergeExport, parseExport } from '../../src/client/practice/backup.ts';
import { gradeCard } from '../../src/client/practice/scheduler.ts';

const monday = new Date('2026-03-02T09:00:00.000Z');
const tuesday = new Date('2026-03-03T09:00:00.000Z');
const older = gradeCard(undefined, monday, Rating.Good);
const handbook = { ids: new Set(['a', 'b', 'c']), renamed: { 'old-a': 'a' } };
const newer = gradeCard(undefined, tuesday, Rating.Easy);

describe('practice export files', () => {
  it('round-trips through JSON and is named by the local date', () => {
    const file = buildExport({ a: monday.toISOString() }, { a: older }, tuesday);
    expect(parseExport(JSON.stringify(file))).toEqual({ ok: true, data: file });
    expect(exportFileName(new Date(2026, 2, 4, 23, 30))).toBe('backend-handbook-practice-2026-03-04.json');
  });

  it.each([
    ['not JSON', '{"format":', 'not JSON'],
    ['an array', '[]', 'no export object'],
    ['another format', JSON.stringify({ format: 'anki', version: 1 }), 'not a backend handbook practice export'],
    ['a later version', JSON.stringify({ ...buildExport({}, {}, monday), version: 2 }), 'version 2'],
    [
      'unknown fields',
      JSON.stringify({ ...buildExport({}, {}, monday), extra: true }),
      'fields an export never has: extra',
    ],
    [
      'a bad date',
      JSON.stringify({ ...buildExport({}, {}, monday), exportedAt: 'soon' }),
      '"exportedAt" is not a date',
    ],
    ['a bad star', JSON.stringify(buildExport({ a: 'never' }, {}, monday)), 'star of "a"'],
    // Date.parse reads "1" as the year 2001; an export only ever holds ISO 8601 dates.
    ['a star dated by a bare number', JSON.stringify(buildExport({ a: '1' }, {}, monday)), 'star of "a"'],
    [
      'a card in an impossible state',
      JSON.stringify(buildExport({}, { b: { ...older, state: 99 } }, monday)),
      'progress of "b" is not a valid card',
    ],
    [
      'a studied card without stability',
      JSON.stringify(buildExport({}, { b: { ...older, stability: 0 } }, monday)),
      'progress of "b" is not a valid card',
    ],
    [
      'a card with a negative difficulty',
      JSON.stringify(buildExport({}, { b: { ...older, difficulty: -1 } }, monday)),
      'progress of "b" is not a valid card',
    ],
    [
      'a bad card',
      JSON.stringify(buildExport({}, { b: { ...older, stability: 'high' } } as never, monday)),
      'progress of "b" is not a valid card',
    ],
    ['stars as a list', JSON.stringify({ ...buildExport({}, {}, monday), stars: ['a'] }), '"stars"'],
  ])('refuses %s with the reason', (_, text, reason) => {
    const parsed = parseExport(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toContain(reason);
  });
});

describe('merging an import', () => {
  it('keeps the later review of each card and unites stars, changing nothing it was given', () => {
    const current = { stars: { a: tuesday.toISOString() }, progress: { a: older, b: newer } };
    const snapshot = structuredClone(current);
    const file = buildExport(
      { a: monday.toISOString(), c: monday.toISOString() },
      { a: newer, b: older, c: older },
      tuesday,
    );
    const merged = mergeExport(current, file, handbook);
    expect(merged.progress).toEqual({ a: newer, b: newer, c: older });
    expect(merged.stars).toEqual({ a: monday.toISOString(), c: monday.toISOString() });
    expect(merged).toMatchObject({ cardsTaken: 2, starsAdded: 1, skipped: 0 });
    expect(current).toEqual(snapshot);
  });

  it('prefers this browser on a tie', () => {
    const mine = { ...older, reps: 7 };
    expect(
      mergeExport({ stars: {}, progress: { a: mine } }, buildExport({}, { a: older }, monday), handbook).progress.a,
    ).toBe(mine);
  });

  it('moves renamed ids to their new ids and leaves out answers the handbook does not have', () => {
    const file = buildExport(
      { 'old-a': monday.toISOString(), gone: monday.toISOString() },
      { 'old-a': older, gone: older, 'never-was': older },
      tuesday,
    );
    const merged = mergeExport({ stars: {}, progress: {} }, file, handbook);
    expect(merged.progress).toEqual({ a: older });
    expect(merged.stars).toEqual({ a: monday.toISOString() });
    expect(merged).toMatchObject({ cardsTaken: 1, starsAdded: 1, skipped: 3 });
  });
});
