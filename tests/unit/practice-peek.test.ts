import { afterEach, describe, expect, it, vi } from 'vitest';
import { openLocalStore, STORE_KEYS } from '../../src/client/practice/local-store.ts';
import { peekStarred, peekStudied } from '../../src/client/practice/peek.ts';
import { studiedIds } from '../../src/client/practice/progress.ts';
import { setStar, starredIds } from '../../src/client/practice/stars.ts';
import { storedCard as card, storageWith } from './practice-fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

describe('peeking at stars and progress on an answer page', () => {
  it('reads what the store wrote: the same starred and studied ids', () => {
    const storage = storageWith();
    vi.stubGlobal('window', { localStorage: storage });
    const store = openLocalStore(() => storage);
    setStar(store, 'kafka-ordering-keys', true);
    setStar(store, 'go-gmp', true);
    store.write(STORE_KEYS.progress, { 'go-gmp': card(2), 'kafka-isr': card(0), 'kafka-acks': card(1) });
    expect([...peekStarred({})].sort()).toEqual(starredIds(store).sort());
    expect(peekStudied({})).toEqual(studiedIds(store));
  });

  it('counts what is stored under a retired id for the id that replaced it', () => {
    vi.stubGlobal('window', {
      localStorage: storageWith({
        [STORE_KEYS.stars]: JSON.stringify({ 'old-id': '2026-12-01T00:00:00.000Z' }),
        [STORE_KEYS.progress]: JSON.stringify({ 'old-id': card(1) }),
      }),
    });
    expect(peekStarred({ 'old-id': 'new-id' })).toEqual(new Set(['new-id']));
    expect(peekStudied({ 'old-id': 'new-id' })).toEqual(new Set(['new-id']));
  });

  it('shows nothing for storage that throws, text that is not JSON or data of the wrong shape', () => {
    vi.stubGlobal('window', {
      get localStorage(): Storage {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(peekStarred({})).toEqual(new Set());
    vi.stubGlobal('window', { localStorage: storageWith({ [STORE_KEYS.stars]: '{not json' }) });
    expect(peekStarred({})).toEqual(new Set());
    vi.stubGlobal('window', {
      localStorage: storageWith({
        [STORE_KEYS.stars]: JSON.stringify(['a']),
        [STORE_KEYS.progress]: JSON.stringify({ a: null, b: { reps: '3' }, c: card(1) }),
      }),
    });
    expect(peekStarred({})).toEqual(new Set());
    expect(peekStudied({})).toEqual(new Set(['c']));
  });
});
