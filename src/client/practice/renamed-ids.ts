import type { LocalStore } from './local-store.ts';
import { STORE_KEYS } from './local-store.ts';
import { readProgress } from './progress.ts';
import { readStars } from './stars.ts';

/**
 * Moves stored stars and progress from retired answer ids to the ids that replaced them
 * (`renamed` from `practice/cards.json`), so a renamed answer keeps its reader's state. Where
 * both ids have state, the current id's wins: it is the newer. Writes only when something moved.
 */
export function followRenamedIds(store: LocalStore, renamed: Readonly<Record<string, string>>): void {
  const stars = readStars(store);
  if (moveRenamed(stars, renamed)) store.write(STORE_KEYS.stars, stars);
  const progress = readProgress(store);
  if (moveRenamed(progress, renamed)) store.write(STORE_KEYS.progress, progress);
}

function moveRenamed<T>(entries: Record<string, T>, renamed: Readonly<Record<string, string>>): boolean {
  let moved = false;
  for (const [oldId, value] of Object.entries(entries)) {
    const currentId = renamed[oldId];
    if (currentId === undefined) continue;
    if (!Object.hasOwn(entries, currentId)) entries[currentId] = value;
    delete entries[oldId];
    moved = true;
  }
  return moved;
}
