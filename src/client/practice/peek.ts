import { STORE_KEYS, type StoreKey } from './store-keys.ts';

/**
 * What answer pages show on load, read straight from localStorage: which answers are starred and
 * which have been studied. It leaves out the store (local-store.ts) and its writing, which load
 * on the first click of a star, to keep every question page light. Data stored under a retired id
 * (`renamed`: old id → id now) counts for the id that replaced it; the first click moves it for
 * good. Storage that cannot be read, or data of the wrong shape, shows nothing.
 */
export function peekStarred(renamed: Readonly<Record<string, string>>): Set<string> {
  return peekIds(STORE_KEYS.stars, renamed, (date) => typeof date === 'string');
}

/** Answers graded at least once (as `studiedIds` in progress.ts counts them). */
export function peekStudied(renamed: Readonly<Record<string, string>>): Set<string> {
  return peekIds(STORE_KEYS.progress, renamed, (card) => {
    const reps = (card as { reps?: unknown } | null)?.reps;
    return typeof reps === 'number' && reps > 0;
  });
}

function peekIds(key: StoreKey, renamed: Readonly<Record<string, string>>, keep: (value: unknown) => boolean) {
  let stored: unknown;
  try {
    stored = JSON.parse(window.localStorage.getItem(key) ?? '{}');
  } catch {
    return new Set<string>();
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return new Set<string>();
  return new Set(
    Object.entries(stored)
      .filter(([, value]) => keep(value))
      .map(([id]) => (Object.hasOwn(renamed, id) ? (renamed[id] as string) : id)),
  );
}
