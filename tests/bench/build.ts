import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { runLogged } from './run-logged.ts';

export interface BuildFigures {
  seconds: number;
  pages: number;
  diagramsDrawn: number;
  /** Time the answer search index took, from its own log line. */
  indexSeconds: number;
}

/** Runs `astro build` in `root` and reads its figures from the log. Fails loudly if it fails. */
export async function timeBuild(root: string, env: Record<string, string> = {}): Promise<BuildFigures> {
  const started = performance.now();
  const output = await runLogged('astro build', 'npx', ['astro', 'build'], {
    cwd: root,
    env: { ...process.env, ...env },
  });
  return {
    seconds: (performance.now() - started) / 1000,
    pages: Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? Number.NaN),
    diagramsDrawn: Number(/Diagrams drawn by Mermaid this build: (\d+)/.exec(output)?.[1] ?? Number.NaN),
    indexSeconds: Number(/Indexed \d+ answers in (\d+) ms/.exec(output)?.[1] ?? Number.NaN) / 1000,
  };
}

/** Forgets everything a previous build left behind, diagram cache included. */
export async function clearBuildCaches(root: string): Promise<void> {
  for (const path of [
    'dist',
    '.astro',
    'node_modules/.astro',
    'node_modules/.vite',
    'node_modules/.cache/backend-handbook',
  ]) {
    await rm(join(root, path), { recursive: true, force: true });
  }
}

export async function directorySize(path: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(path, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}
