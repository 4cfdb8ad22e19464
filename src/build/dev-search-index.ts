import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
};

/**
 * Dev-server middleware for `<base>pagefind/`: serves the index of the last build from
 * `<outDir>/pagefind/`, so search works while writing (with the answers as they were built).
 * With no build yet it answers 404 and the dialog says how to get one.
 */
export function serveLastBuiltIndex(indexDirectory: string) {
  return async (request: IncomingMessage, response: ServerResponse, next: () => void): Promise<void> => {
    const relative = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://dev').pathname));
    if (relative.includes('..')) return next();
    const file = join(indexDirectory, relative);
    const found = await stat(file).catch(() => undefined);
    if (!found?.isFile()) return next();
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(response);
  };
}
