import { rm } from 'node:fs/promises';
import { runLogged } from './run-logged.ts';

export interface GoCheckFigures {
  seconds: number;
  /** The check's own per-step seconds and counts, from its summary. */
  summary: string;
}

/**
 * Runs the site's Go check (`tests/go/site-blocks.test.ts`) with the given cache directory and
 * times it. With an empty directory that is the cold cost a clean CI machine pays: toolchain and
 * library downloads (unless a new enough Go is installed) and compiling every library.
 */
export async function timeGoCheck(root: string, cacheDir: string): Promise<GoCheckFigures> {
  const started = performance.now();
  const output = await runLogged(
    'The Go check',
    'npx',
    ['vitest', 'run', '--config', 'tests/go/vitest.config.ts', 'tests/go/site-blocks.test.ts'],
    { cwd: root, env: { ...process.env, BACKEND_HANDBOOK_CACHE: cacheDir, FORCE_COLOR: '0', NO_COLOR: '1' } },
  );
  const summary = /^Go check — [\s\S]*?^Seconds: .*$/m.exec(output)?.[0] ?? '(no summary found)';
  return { seconds: (performance.now() - started) / 1000, summary };
}

export async function clearGoCache(cacheDir: string): Promise<void> {
  await rm(cacheDir, { recursive: true, force: true });
}
