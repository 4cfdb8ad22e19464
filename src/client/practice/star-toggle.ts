import { type LocalStore, openLocalStore, storeStatusMessage } from './local-store.ts';
import { followRenamedIds } from './renamed-ids.ts';
import { setStar } from './stars.ts';

/**
 * The writing half of a question page's stars, loaded on the first click of one: one store for
 * the visit (kept in memory when the browser will not store it, so stars still work until the
 * reader leaves the page), with stars of retired ids moved to their new ids before the first change.
 */
let store: LocalStore | undefined;

/** Stars or unstars an answer; `warning` says why it will not outlive the page, when it will not. */
export function setAnswerStar(
  id: string,
  starred: boolean,
  renamed: Readonly<Record<string, string>>,
): { starred: boolean; warning: string | undefined } {
  if (!store) {
    store = openLocalStore();
    followRenamedIds(store, renamed);
  }
  const { status } = setStar(store, id, starred);
  return { starred, warning: storeStatusMessage(status) };
}
