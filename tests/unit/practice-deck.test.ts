import { describe, expect, it } from 'vitest';
import type { PracticeCard, PracticeData } from '../../src/lib/practice-cards.ts';
import {
  deckCards,
  deckQuery,
  deckTitle,
  editDistance,
  nearest,
  parseDeck,
  replaceFilterValue,
  unknownValues,
} from '../../src/lib/practice-deck.ts';

const card = (id: string, section: string, level: PracticeCard['level'], tags: string[]): PracticeCard => ({
  id,
  question: `${id}?`,
  summary: `${id}.`,
  page: `${section}/page`,
  pageTitle: 'Page',
  section,
  level,
  tags,
});

const data: PracticeData = {
  cards: [
    card('keys', 'kafka/consumers', 'advanced', ['kafka', 'ordering']),
    card('groups', 'kafka/consumers', 'basic', ['kafka', 'consumer-groups']),
    card('isr', 'kafka/fundamentals', 'advanced', ['kafka', 'replication']),
    card('gmp', 'go/runtime', 'advanced', ['scheduler', 'ordering']),
    card('chans', 'go/language', 'basic', ['channels']),
  ],
  sections: [
    { directory: 'kafka/consumers', label: 'Consumers and delivery guarantees' },
    { directory: 'kafka/fundamentals', label: 'Kafka fundamentals' },
    { directory: 'go/runtime', label: 'Go runtime' },
    { directory: 'go/language', label: 'Go language' },
  ],
  renamed: {},
  mergedTags: { consumers: 'consumer-groups' },
};

const ids = (cards: PracticeCard[]) => cards.map(({ id }) => id);
const deck = (query: string, starred?: Set<string>) =>
  ids(deckCards(data, parseDeck(new URLSearchParams(query)), starred));

describe('deck addresses', () => {
  it('accepts every spelling, commas and repeats, any case, and drops empty values', () => {
    expect(
      parseDeck(new URLSearchParams('sections=Kafka,go/runtime/&levels=advanced&tag=ordering&tags=,kafka')),
    ).toEqual({
      sections: ['kafka', 'go/runtime'],
      levels: ['advanced'],
      tags: ['kafka', 'ordering'],
      starred: false,
    });
    expect(parseDeck(new URLSearchParams('section=go&section=kafka&starred=1'))).toMatchObject({
      sections: ['go', 'kafka'],
      starred: true,
    });
    expect(parseDeck(new URLSearchParams('starred=0')).starred).toBe(false);
  });

  it('writes one canonical query: canonical names, commas as commas, levels in level order', () => {
    const filters = parseDeck(
      new URLSearchParams('tag=kafka&levels=scenario,basic&sections=kafka/consumers&starred=yes'),
    );
    expect(deckQuery(filters)).toBe('?section=kafka/consumers&level=basic,scenario&tags=kafka&starred=1');
    expect(deckQuery(parseDeck(new URLSearchParams('')))).toBe('');
    expect(deckQuery(parseDeck(new URLSearchParams(deckQuery(filters))))).toBe(deckQuery(filters));
  });

  it('replaces or removes one value of a filter', () => {
    const filters = parseDeck(new URLSearchParams('tags=kafak,ordering'));
    expect(replaceFilterValue(filters, 'tags', 'kafak', 'kafka').tags).toEqual(['kafka', 'ordering']);
    expect(replaceFilterValue(filters, 'tags', 'kafak').tags).toEqual(['ordering']);
  });
});

describe('the cards of a deck', () => {
  it('is every card in reading order without filters', () => {
    expect(deck('')).toEqual(['keys', 'groups', 'isr', 'gmp', 'chans']);
  });

  it('takes any of the values within a filter and all of the filters', () => {
    expect(deck('tags=ordering,replication')).toEqual(['keys', 'isr', 'gmp']);
    expect(deck('tags=kafka&level=advanced')).toEqual(['keys', 'isr']);
    expect(deck('tags=ordering&level=advanced&section=go')).toEqual(['gmp']);
    expect(deck('level=basic,advanced&section=kafka/consumers')).toEqual(['keys', 'groups']);
  });

  it('reads a section value as a folder or as an area prefix, never as a partial name', () => {
    expect(deck('section=kafka')).toEqual(['keys', 'groups', 'isr']);
    expect(deck('section=kafka/consumers')).toEqual(['keys', 'groups']);
    expect(deck('section=kaf')).toEqual([]);
  });

  it('follows merged tags', () => {
    expect(deck('tags=consumers')).toEqual(['groups']);
  });

  it('keeps only starred answers when asked', () => {
    expect(deck('starred=1', new Set(['isr', 'chans']))).toEqual(['isr', 'chans']);
    expect(deck('starred=1&level=basic', new Set(['isr', 'chans']))).toEqual(['chans']);
    expect(deck('starred=1')).toEqual([]);
  });
});

describe('unknown filter values', () => {
  it('names the filter of each unknown value and suggests the nearest known ones', () => {
    const filters = parseDeck(new URLSearchParams('tags=kafak,ordering&level=advancd&section=consumers,go'));
    expect(unknownValues(data, filters)).toEqual([
      { filter: 'section', value: 'consumers', suggestions: ['kafka/consumers'] },
      { filter: 'level', value: 'advancd', suggestions: ['advanced'] },
      { filter: 'tags', value: 'kafak', suggestions: ['kafka'] },
    ]);
  });

  it('offers every level for a level far from all of them', () => {
    expect(unknownValues(data, parseDeck(new URLSearchParams('level=expert')))).toEqual([
      { filter: 'level', value: 'expert', suggestions: ['basic', 'intermediate', 'advanced', 'scenario'] },
    ]);
  });

  it('knows areas, sections, levels, tags and merged tags', () => {
    expect(
      unknownValues(data, parseDeck(new URLSearchParams('section=go,kafka/fundamentals&tags=consumers&level=basic'))),
    ).toEqual([]);
  });

  it('suggests by shared prefix and offers nothing for a value far from everything', () => {
    expect(nearest('repl', ['replication', 'ordering'])).toEqual(['replication']);
    expect(nearest('kafka/cons', ['kafka/consumers', 'kafka/compared'])).toEqual(['kafka/consumers']);
    expect(nearest('zzzzzz', ['kafka', 'ordering'])).toEqual([]);
    expect(editDistance('kafak', 'kafka')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('deck titles', () => {
  it('names sections by label, areas by name, then levels and tags', () => {
    expect(deckTitle(data, parseDeck(new URLSearchParams('section=kafka&level=advanced&tags=ordering')))).toBe(
      'Kafka · Advanced · tag: ordering',
    );
    expect(deckTitle(data, parseDeck(new URLSearchParams('section=go/runtime,system-design&tags=a,b')))).toBe(
      'Go runtime or System design · tags: a, b',
    );
    expect(deckTitle(data, parseDeck(new URLSearchParams('starred=1')))).toBe('Starred answers');
    expect(deckTitle(data, parseDeck(new URLSearchParams('')))).toBe('All answers');
  });
});
