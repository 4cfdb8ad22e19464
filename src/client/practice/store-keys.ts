/**
 * One key per kind of data, versioned so a later shape can be migrated from this one. Kept apart
 * from the store so answer pages can peek at the data on load without loading the store.
 */
export const STORE_KEYS = {
  /** `Record<answerId, ISO date starred>` */
  stars: 'backend-handbook:stars:v1',
  /** `Record<answerId, StoredCard>`: each studied card's scheduling state (see progress.ts). */
  progress: 'backend-handbook:progress:v1',
} as const;

export type StoreKey = (typeof STORE_KEYS)[keyof typeof STORE_KEYS];
