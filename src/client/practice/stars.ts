import { type LocalStore, STORE_KEYS, type StoreStatus } from './local-store.ts';

/** Starred answers: answer id → when it was starred (ISO 8601), oldest first when listed. */
export type Stars = Record<string, string>;

export function readStars(store: LocalStore): Stars {
  const value = store.read(STORE_KEYS.stars);
  if (!isRecordOf(value, (date) => typeof date === 'string')) return {};
  return value as Stars;
}

export function isStarred(store: LocalStore, id: string): boolean {
  return Object.hasOwn(readStars(store), id);
}

/**
 * Stars or unstars one answer, as the reader asked: a set, not a toggle, so a page whose view is
 * out of date (the answer was unstarred in another tab) never flips it the wrong way. An answer
 * starred already keeps its first date. Returns whether it is starred now and how the write went.
 */
export function setStar(
  store: LocalStore,
  id: string,
  starred: boolean,
  now = new Date(),
): { starred: boolean; status: StoreStatus } {
  const stars = readStars(store);
  if (starred) stars[id] ??= now.toISOString();
  else delete stars[id];
  return { starred, status: store.write(STORE_KEYS.stars, stars) };
}

/** Starred ids, in the order they were starred. */
export function starredIds(store: LocalStore): string[] {
  return Object.entries(readStars(store))
    .sort(([, a], [, b]) => a.localeCompare(b))
    .map(([id]) => id);
}

export function isRecordOf(value: unknown, isEntry: (entry: unknown) => boolean): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isEntry);
}
