import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { base, cacheDir, repoUrl, site } from '../config/site.ts';

/** What a build was made with, as the tests need to know it: the environment is gone by then. */
export interface BuildRecord {
  site: string;
  base: string;
  /** The repository "Edit this page" and "Suggest a fix" lead to; null when the build had none. */
  repoUrl: string | null;
}

/**
 * `node_modules/.astro/builds/dist-<hash>.json`: beside Astro's cache, not in the published output,
 * and named after the output's full path, since clones may share one node_modules.
 */
export function buildRecordPath(outDir: string): string {
  const where = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 12);
  return join(cacheDir, 'builds', `${basename(outDir)}-${where}.json`);
}

/**
 * Records, after each build, the settings it was made with, so the browser tests expect what
 * this build shows (a developer's `npm run build` has no REPO_URL; `npm test`'s has one).
 */
export function buildRecord(): AstroIntegration {
  return {
    name: 'backend-handbook:build-record',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const record: BuildRecord = { site, base, repoUrl: repoUrl ?? null };
        const path = buildRecordPath(fileURLToPath(dir));
        await mkdir(join(path, '..'), { recursive: true });
        await writeFile(path, `${JSON.stringify(record, null, 2)}\n`);
      },
    },
  };
}

/** The record of the build in `outDir`; without one (no build yet, or an older one) an error says how to build. */
export function readBuildRecord(outDir: string, howToBuild: string): BuildRecord {
  const path = buildRecordPath(outDir);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BuildRecord;
  } catch {
    throw new Error(
      `No record of how ${outDir}/ was built (${path}): build it with \`${howToBuild}\`, then run the tests again.`,
    );
  }
}
