import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { docsSchema } from '@astrojs/starlight/schema';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import { DOCS_DIR } from '../lib/collect-answers.ts';
import { handbookFields } from '../lib/frontmatter-fields.ts';

/** The docs schema, with images accepted as paths: this check runs outside Astro's asset pipeline. */
const schema = docsSchema({ extend: handbookFields })({ image: () => z.string() } as never);

/**
 * Problems in one file's frontmatter, each as `file:line: message`. The line is that of the
 * offending key (or the opening `---` for a missing one), which Astro's own error does not give.
 */
export function frontmatterProblems(file: string, source: string): string[] {
  const { frontmatter } = parseFrontmatter(source);
  const result = schema.safeParse(frontmatter);
  if (result.success) return [];
  const lines = source.split('\n');
  const end = lines.indexOf('---', 1);
  const block = lines.slice(0, end === -1 ? lines.length : end);
  return result.error.issues
    .map((issue) => ({ path: issue.path.map(String), message: issue.message }))
    .map(({ path, message }) => ({ line: lineOf(block, path), text: `frontmatter "${path.join('.')}": ${message}` }))
    .sort((a, b) => a.line - b.line)
    .map(({ line, text }) => `${file}:${line}: ${text}`);
}

/** 1-based line of the deepest key of `path` found in the frontmatter; 1 (the `---`) if none is. */
function lineOf(block: readonly string[], path: readonly string[]): number {
  let line = 0;
  for (const key of path) {
    const found = block.findIndex((text, index) => index > line && new RegExp(`^\\s*${key}\\s*:`).test(text));
    if (found === -1) break;
    line = found;
  }
  return line + 1;
}

/** Stops the build before Astro's content sync when a page's frontmatter is invalid. */
export function frontmatterCheck(): AstroIntegration {
  return {
    name: 'backend-handbook:frontmatter-check',
    hooks: {
      'astro:config:setup': async ({ config }) => {
        const root = fileURLToPath(config.root);
        const directory = join(root, DOCS_DIR);
        const problems: string[] = [];
        for (const file of await readdir(directory, { recursive: true })) {
          if (!/\.mdx?$/.test(file)) continue;
          const path = join(directory, file);
          problems.push(...frontmatterProblems(relative(root, path), await readFile(path, 'utf8')));
        }
        if (problems.length > 0) throw new Error(`Invalid frontmatter:\n${problems.join('\n')}`);
      },
    },
  };
}
