import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The Go check's cache: the toolchain and library sources it fetched, the Go build cache and the
 * generated workspaces. Per user, not per clone, so every clone of the project reuses the same
 * downloads and compiled packages: `$BACKEND_HANDBOOK_CACHE` when set, else
 * `${XDG_CACHE_HOME:-~/.cache}/backend-handbook/go`.
 */
export function goCacheDir(): string {
  const explicit = process.env.BACKEND_HANDBOOK_CACHE;
  if (explicit) return resolve(explicit);
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'backend-handbook', 'go');
}

/** A workspace of this clone only: clones sharing the cache must not overwrite each other's blocks. */
export function workspaceDir(cacheDir: string, root: string, name: string): string {
  const clone = createHash('sha256').update(resolve(root)).digest('hex').slice(0, 12);
  return join(cacheDir, 'workspaces', `${clone}-${name}`);
}
