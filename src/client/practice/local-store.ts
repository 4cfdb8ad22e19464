/**
 * The reader's practice data lives in this browser only (localStorage), never sent anywhere.
 * Storage can be missing (blocked in a private window, disabled by policy) or full; then the
 * data is kept in memory for the visit and the store says so, so the page can tell the reader
 * that progress will not outlive the tab while practice still works.
 */
import type { StoreKey } from './store-keys.ts';

export { STORE_KEYS, type StoreKey } from './store-keys.ts';

/** `ok`: saved in the browser; `blocked`: no storage at all; `full`: the last write did not fit. */
export type StoreStatus = 'ok' | 'blocked' | 'full';

export interface LocalStore {
  /** The stored value, or `undefined` when there is none or it is not valid JSON. */
  read(key: StoreKey): unknown;
  /** Saves the value; when the browser refuses, it is kept for this visit and the status says why. */
  write(key: StoreKey, value: unknown): StoreStatus;
  remove(key: StoreKey): void;
  status(): StoreStatus;
}

/**
 * Opens the store. `getStorage` is how the browser's storage is reached: reading
 * `window.localStorage` itself throws where storage is blocked, so it is read inside a try.
 */
export function openLocalStore(getStorage: () => Storage | null = () => window.localStorage): LocalStore {
  const storage = reachable(getStorage);
  // Values the browser would not keep, so this visit still sees its own writes.
  const memory = new Map<StoreKey, string>();
  let status: StoreStatus = storage ? 'ok' : 'blocked';

  return {
    read(key) {
      const text = memory.get(key) ?? safely(() => storage?.getItem(key)) ?? null;
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      const text = JSON.stringify(value);
      if (!storage) {
        memory.set(key, text);
        return status;
      }
      try {
        storage.setItem(key, text);
        memory.delete(key);
        // Still full while another key's latest value is only in memory.
        status = memory.size > 0 ? 'full' : 'ok';
      } catch {
        memory.set(key, text);
        status = 'full';
      }
      return status;
    },
    remove(key) {
      memory.delete(key);
      safely(() => storage?.removeItem(key));
      if (storage && memory.size === 0) status = 'ok';
    },
    status: () => status,
  };
}

function reachable(getStorage: () => Storage | null): Storage | null {
  try {
    const storage = getStorage();
    if (!storage) return null;
    // Some browsers hand out a storage object whose every write throws (old Safari private mode).
    const probe = 'backend-handbook:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Where the browser keeps nothing, what the reader is told. */
export function storeStatusMessage(status: StoreStatus): string | undefined {
  if (status === 'blocked') {
    return 'This browser does not let the handbook store anything (a private window or a privacy setting), so your progress lasts only until you leave or reload this page.';
  }
  if (status === 'full') {
    return "This browser's storage for the handbook is full, so your latest progress lasts only until you leave or reload this page. Export it to keep it.";
  }
  return undefined;
}
