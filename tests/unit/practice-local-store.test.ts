import { describe, expect, it } from 'vitest';
import { openLocalStore, STORE_KEYS } from '../../src/client/practice/local-store.ts';
import { isStoredCard, readProgress, studiedIds } from '../../src/client/practice/progress.ts';
import { followRenamedIds } from '../../src/client/practice/renamed-ids.ts';
import { readStars, setStar, starredIds } from '../../src/client/practice/stars.ts';
import { storedCard as card, memoryStorage } from './practice-fixtures.ts';

describe('local store', () => {
  it('keeps values in the browser storage', () => {
    const storage = memoryStorage();
    const store = openLocalStore(() => storage);
    expect(store.write(STORE_KEYS.stars, { a: '2026-12-01T00:00:00.000Z' })).toBe('ok');
    expect(openLocalStore(() => storage).read(STORE_KEYS.stars)).toEqual({ a: '2026-12-01T00:00:00.000Z' });
    expect(store.status()).toBe('ok');
  });

  it('works for the visit when storage is blocked, and says so', () => {
    const store = openLocalStore(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(store.status()).toBe('blocked');
    expect(store.write(STORE_KEYS.stars, { a: 'x' })).toBe('blocked');
    expect(store.read(STORE_KEYS.stars)).toEqual({ a: 'x' });
  });

  it('treats storage whose writes all fail as blocked', () => {
    const store = openLocalStore(() => memoryStorage(0));
    expect(store.status()).toBe('blocked');
  });

  it('keeps a write that does not fit in memory, reports full, and recovers', () => {
    const storage = memoryStorage(200);
    const store = openLocalStore(() => storage);
    expect(store.write(STORE_KEYS.progress, { big: 'x'.repeat(500) })).toBe('full');
    expect(store.read(STORE_KEYS.progress)).toEqual({ big: 'x'.repeat(500) });
    expect(storage.getItem(STORE_KEYS.progress)).toBeNull();
    // A later write of another key that fits does not hide that progress is still only in memory.
    expect(store.write(STORE_KEYS.stars, {})).toBe('full');
    expect(store.write(STORE_KEYS.progress, { small: 1 })).toBe('ok');
    expect(storage.getItem(STORE_KEYS.progress)).toBe('{"small":1}');
  });

  it('reads damaged JSON as nothing', () => {
    const storage = memoryStorage();
    storage.setItem(STORE_KEYS.stars, '{not json');
    expect(openLocalStore(() => storage).read(STORE_KEYS.stars)).toBeUndefined();
  });
});

describe('stars', () => {
  it('sets and unsets, and lists in the order first starred', () => {
    const store = openLocalStore(() => memoryStorage());
    expect(setStar(store, 'b', true, new Date('2026-12-02T00:00:00Z')).starred).toBe(true);
    expect(setStar(store, 'a', true, new Date('2026-12-03T00:00:00Z')).starred).toBe(true);
    // Starring again (a second tab) keeps the first date; unstarring twice stays unstarred.
    setStar(store, 'b', true, new Date('2026-12-04T00:00:00Z'));
    expect(readStars(store).b).toBe('2026-12-02T00:00:00.000Z');
    expect(starredIds(store)).toEqual(['b', 'a']);
    expect(setStar(store, 'b', false).starred).toBe(false);
    expect(setStar(store, 'b', false).starred).toBe(false);
    expect(starredIds(store)).toEqual(['a']);
  });

  it('ignores a stored value of the wrong shape', () => {
    const store = openLocalStore(() => memoryStorage());
    store.write(STORE_KEYS.stars, ['a']);
    expect(readStars(store)).toEqual({});
  });
});

describe('progress', () => {
  it('keeps valid cards only, and counts graded ones as studied', () => {
    const store = openLocalStore(() => memoryStorage());
    store.write(STORE_KEYS.progress, { graded: card(2), fresh: card(0), broken: { due: 'soon' } });
    expect(Object.keys(readProgress(store))).toEqual(['graded', 'fresh']);
    expect(studiedIds(store)).toEqual(new Set(['graded']));
  });
});

describe('renamed ids', () => {
  it('moves stars and progress to the id that replaced them, keeping the newer state', () => {
    const store = openLocalStore(() => memoryStorage());
    store.write(STORE_KEYS.stars, { old: '2026-12-01T00:00:00.000Z', kept: '2026-12-02T00:00:00.000Z' });
    store.write(STORE_KEYS.progress, { old: card(3), current: card(1) });
    followRenamedIds(store, { old: 'current' });
    expect(readStars(store)).toEqual({ current: '2026-12-01T00:00:00.000Z', kept: '2026-12-02T00:00:00.000Z' });
    expect(readProgress(store)).toEqual({ current: card(1) });
  });
});

describe('stored cards', () => {
  const studied = card(1);
  it.each([
    ['a new card', card(0), true],
    ['a studied card', studied, true],
    ['a state past relearning', { ...studied, state: 4 }, false],
    ['a fractional count', { ...studied, reps: 1.5 }, false],
    ['a studied card with no stability', { ...studied, stability: 0 }, false],
    ['a difficulty past 10', { ...studied, difficulty: 11 }, false],
    ['a studied card never reviewed', { ...studied, last_review: undefined }, false],
    ['a date that is not ISO 8601', { ...studied, due: 'December 3' }, false],
  ])('%s is %s', (_, value, valid) => {
    expect(isStoredCard(value)).toBe(valid);
  });
});
