import type { StoredCard } from '../../src/client/practice/progress.ts';

/**
 * What the practice unit tests share: a browser's localStorage with an origin's byte budget, and
 * a stored card as ts-fsrs leaves it (graded `reps` times; never graded when 0).
 */
export function memoryStorage(budget = Number.POSITIVE_INFINITY): Storage {
  const items = new Map<string, string>();
  const used = () => [...items].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem(key, value) {
      const before = items.get(key);
      items.set(key, value);
      if (used() > budget) {
        if (before === undefined) items.delete(key);
        else items.set(key, before);
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
    },
  };
}

export function storedCard(reps: number, due = '2026-12-03T10:00:00.000Z'): StoredCard {
  return {
    due,
    stability: reps > 0 ? 2.3 : 0,
    difficulty: reps > 0 ? 5.1 : 0,
    elapsed_days: 0,
    scheduled_days: reps > 0 ? 1 : 0,
    learning_steps: 0,
    reps,
    lapses: 0,
    state: reps > 0 ? 2 : 0,
    ...(reps > 0 ? { last_review: '2026-12-02T10:00:00.000Z' } : {}),
  };
}

/** A storage that already holds these items. */
export function storageWith(entries: Record<string, string> = {}): Storage {
  const storage = memoryStorage();
  for (const [key, value] of Object.entries(entries)) storage.setItem(key, value);
  return storage;
}
