import { describe, expect, it } from 'vitest';
import { practiceState, starredEntries } from '../../src/client/practice/starred-list.ts';
import type { PracticeCard, PracticeData } from '../../src/lib/practice-cards.ts';
import { storedCard } from './practice-fixtures.ts';

const card = (id: string, section: string): PracticeCard => ({
  id,
  question: `Question ${id}?`,
  summary: '',
  page: `${section}/page`,
  pageTitle: 'Page',
  section,
  level: 'basic',
  tags: [],
});

const data: PracticeData = {
  cards: [card('a', 'kafka/consumers'), card('b', 'go/runtime'), card('c', 'kafka/consumers')],
  sections: [
    { directory: 'kafka/consumers', label: 'Consumers' },
    { directory: 'go/runtime', label: 'Go runtime' },
  ],
  renamed: {},
  mergedTags: {},
};

const now = new Date('2026-12-02T12:00:00.000Z');

describe('starredEntries', () => {
  it('lists starred answers newest star first, with their section label', () => {
    const stars = { a: '2026-12-01T10:00:00.000Z', c: '2026-12-02T09:00:00.000Z', b: '2026-11-30T08:00:00.000Z' };
    const entries = starredEntries(data, stars, {}, now);
    expect(entries.map((entry) => entry.card.id)).toEqual(['c', 'a', 'b']);
    expect(entries.map((entry) => entry.sectionLabel)).toEqual(['Consumers', 'Consumers', 'Go runtime']);
    expect(entries[0]?.starredAt).toBe(stars.c);
  });

  it('leaves out stars of ids the handbook does not know', () => {
    expect(starredEntries(data, { gone: '2026-12-01T10:00:00.000Z' }, {}, now)).toEqual([]);
  });

  it('gives each its practice state', () => {
    const stars = { a: '2026-12-01T10:00:00.000Z', b: '2026-12-01T11:00:00.000Z', c: '2026-12-01T12:00:00.000Z' };
    const entries = starredEntries(
      data,
      stars,
      { a: storedCard(2, '2026-12-05T00:00:00.000Z'), b: storedCard(1, '2026-12-02T11:59:00.000Z') },
      now,
    );
    expect(Object.fromEntries(entries.map((entry) => [entry.card.id, entry.practice]))).toEqual({
      a: 'studied',
      b: 'due',
      c: undefined,
    });
  });
});

describe('practiceState', () => {
  it('is due from the moment of its next review, and nothing for a card never graded', () => {
    expect(practiceState(storedCard(1, now.toISOString()), now)).toBe('due');
    expect(practiceState(storedCard(1, '2026-12-02T12:00:01.000Z'), now)).toBe('studied');
    expect(practiceState(storedCard(0, '2026-12-01T00:00:00.000Z'), now)).toBeUndefined();
    expect(practiceState(undefined, now)).toBeUndefined();
  });
});
