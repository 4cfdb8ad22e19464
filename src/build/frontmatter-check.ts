import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { docsSchema } from '@astrojs/starlight/schema';
import type { AstroIntegration } from 'astro';
import { z } from 'astro/zod';
import type { Plugin } from 'vite';
import { DOCS_DIR } from '../lib/collect-answers.ts';
import { handbookFields } from '../lib/frontmatter-fields.ts';

/** The docs schema, with images accepted as paths: this check runs outside Astro's asset pipeline. */
const schema = docsSchema({ extend: handbookFields })({ image: () => z.string() } as never);

export interface FrontmatterIssue {
  /** 1-based line of the offending key, or of the opening `---` for a missing one. */
  line: number;
  text: string;
}

/** What is wrong with a page's frontmatter, in line order, with the line Astro's own error does not give. */
export function frontmatterIssues(source: string): FrontmatterIssue[] {
  const { frontmatter } = parseFrontmatter(source);
  const result = schema.safeParse(frontmatter);
  if (result.success) return [];
  const lines = source.split('\n');
  const end = lines.indexOf('---', 1);
  const block = lines.slice(0, end === -1 ? lines.length : end);
  return result.error.issues
    .map((issue) => ({ path: issue.path.map(String), message: issue.message }))
    .map(({ path, message }) => ({ line: lineOf(block, path), text: `frontmatter "${path.join('.')}": ${message}` }))
    .sort((a, b) => a.line - b.line);
}

/** Problems in one file's frontmatter, each as `file:line: message`. */
export function frontmatterProblems(file: string, source: string): string[] {
  return frontmatterIssues(source).map(({ line, text }) => `${file}:${line}: ${text}`);
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

/**
 * In dev, invalid frontmatter shows Astro's error overlay with file and line, and the page
 * recovers on the next good save. Astro's own content loader only logs the problem and keeps
 * serving the previous version, so the page fails as a module when it loads, and a save that
 * breaks an open page sends the error to the browser at once.
 */
function frontmatterErrorsInDev(root: string): Plugin {
  const directory = join(root, DOCS_DIR);
  const isPage = (path: string) => path.startsWith(directory) && /\.mdx?$/.test(path);
  const errorFor = (path: string, source: string) => {
    const issues = frontmatterIssues(source);
    const first = issues[0];
    if (!first) return undefined;
    const file = relative(root, path);
    return {
      message: `Invalid frontmatter:\n${issues.map(({ line, text }) => `${file}:${line}: ${text}`).join('\n')}`,
      id: path,
      loc: { file: path, line: first.line, column: 0 },
    };
  };
  return {
    name: 'backend-handbook:frontmatter-errors',
    enforce: 'pre',
    transform(source, path) {
      // Only the page itself: Astro also loads it under queries (`?astroPropagatedAssets`) as generated code.
      if (!isPage(path)) return;
      const error = errorFor(path, source);
      if (error) this.error(error);
    },
    async hotUpdate({ file, read, server }) {
      if (this.environment.name !== 'client' || !isPage(file)) return;
      const error = errorFor(file, await read());
      if (error)
        server.environments.client.hot.send({ type: 'error', err: { name: 'FrontmatterError', ...error, stack: '' } });
    },
  };
}

/**
 * Stops the build before Astro's content sync when a page's frontmatter is invalid. The dev
 * server is never stopped: there each page reports its own frontmatter when it is loaded.
 */
export function frontmatterCheck(): AstroIntegration {
  return {
    name: 'backend-handbook:frontmatter-check',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        const root = fileURLToPath(config.root);
        if (command === 'dev') {
          updateConfig({ vite: { plugins: [frontmatterErrorsInDev(root)] } });
          return;
        }
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
