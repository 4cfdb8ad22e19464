import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export const HASHES_PLACEHOLDER = 'INLINE_SCRIPT_HASHES';

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const CSP_META = /(<meta http-equiv="content-security-policy" content="[^"]*script-src )([^;"]*)/i;

/** `'sha256-…'` of every inline script a browser would execute (JSON data blocks are not code). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    const type = /\stype="([^"]*)"/i.exec(attributes)?.[1];
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    hashes.push(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  }
  return [...new Set(hashes)];
}

/**
 * Adds to a page's CSP `<meta>` the hashes of inline scripts Astro did not hash itself (those
 * written `is:inline`, such as Starlight's theme script), so the page runs everything the build
 * put in it and nothing else.
 */
export function completeMetaPolicy(html: string): string {
  return html.replace(CSP_META, (_, prefix: string, sources: string) => {
    const present = new Set(sources.split(/\s+/).filter(Boolean));
    const missing = inlineScriptHashes(html).filter((hash) => !present.has(hash));
    return `${prefix}${[...present, ...missing].join(' ')} `;
  });
}

/** Puts the hashes in place of the placeholder on the `_headers` Content-Security-Policy line. */
export function fillScriptHashes(headers: string, hashes: readonly string[]): string {
  const line = /^(\s*Content-Security-Policy:.*)$/m.exec(headers)?.[1];
  if (!line?.includes(HASHES_PLACEHOLDER)) {
    throw new Error(`_headers needs a Content-Security-Policy line with ${HASHES_PLACEHOLDER} in its script-src.`);
  }
  return headers.replace(line, line.replace(HASHES_PLACEHOLDER, hashes.join(' ')));
}

/**
 * After the build: completes each page's CSP `<meta>` with the hashes of its inline scripts, and
 * writes the union of all of them into `_headers`, whose one policy must allow every page.
 */
export function cspHeaders(): AstroIntegration {
  return {
    name: 'backend-handbook:csp-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const union = new Set<string>();
        for (const file of await readdir(root, { recursive: true })) {
          if (!file.endsWith('.html')) continue;
          const path = join(root, file);
          const html = await readFile(path, 'utf8');
          for (const hash of inlineScriptHashes(html)) union.add(hash);
          const completed = completeMetaPolicy(html);
          if (completed !== html) await writeFile(path, completed);
        }
        const headersFile = join(root, '_headers');
        await writeFile(headersFile, fillScriptHashes(await readFile(headersFile, 'utf8'), [...union].sort()));
        logger.info(`Content-Security-Policy: ${union.size} inline scripts hashed, none allowed otherwise.`);
      },
    },
  };
}
