import { readdir, rm } from 'node:fs/promises';
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

/**
 * The workspace called `name`, one per name for all clones. A clone's blocks land where the last
 * clone's were, so the Go build cache (whose keys include each package's directory) and the
 * programs kept there serve a fresh clone as warm as the old one. Clones take turns on it under
 * {@link withDirectoryLock}; {@link writeWorkspace} rewrites it to exactly this clone's blocks.
 */
export function workspaceDir(cacheDir: string, name: string): string {
  return join(cacheDir, 'workspaces', name);
}

/** Workspaces of the former layout, one per clone and name (`<12 hex digits>-<name>`), never reused. */
export async function removeCloneWorkspaces(cacheDir: string): Promise<void> {
  const workspaces = join(cacheDir, 'workspaces');
  const entries = await readdir(workspaces).catch(() => []);
  for (const entry of entries.filter((name) => /^[0-9a-f]{12}-/.test(name))) {
    await rm(join(workspaces, entry), { recursive: true, force: true });
  }
}
