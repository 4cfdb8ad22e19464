import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServerOptions {
  /** The built site. */
  root: string;
  /** The base path the site was built for, e.g. `/handbook/`. */
  base?: string;
  /** Headers sent with every response, on top of those the site's own `_headers` file gives. */
  headers?: Record<string, string>;
}

/**
 * Serves a built site the way a static host does: directories answer with their index.html,
 * unknown paths with 404.html and status 404, and the site's `_headers` file (Content-Security-
 * Policy included) applies, so every browser test runs under the production headers.
 */
export function createStaticServer({ root, base = '/', headers: extra = {} }: StaticServerOptions): Server {
  const siteRoot = resolve(root);
  const headersFile = join(siteRoot, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    const headers = { ...headersFor(rules, `/${pathname.slice(base.length)}`), ...extra };
    if (!pathname.startsWith(base)) return send(response, 404, join(siteRoot, '404.html'), headers);
    const relative = normalize(pathname.slice(base.length - 1));
    const candidate = join(siteRoot, relative);
    if (!candidate.startsWith(siteRoot)) return send(response, 403, undefined, headers);
    const file = await resolveFile(candidate);
    if (file) return send(response, 200, file, headers, request.headers['accept-encoding']);
    if (!pathname.endsWith('/') && (await resolveFile(`${candidate}/`))) {
      response.writeHead(301, { ...headers, Location: `${pathname}/${url.search}` });
      return response.end();
    }
    return send(response, 404, join(siteRoot, '404.html'), headers, request.headers['accept-encoding']);
  });
}

/** Text is gzipped for clients that accept it, as every static host does. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|manifest\+json)|image\/svg\+xml)/;

async function resolveFile(path: string): Promise<string | undefined> {
  const target = path.endsWith('/') ? join(path, 'index.html') : path;
  try {
    const info = await stat(target);
    if (info.isFile()) return target;
    if (info.isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  return undefined;
}

function send(
  response: import('node:http').ServerResponse,
  status: number,
  file: string | undefined,
  headers: Record<string, string>,
  acceptEncoding: string | undefined = '',
): void {
  const type = file ? (CONTENT_TYPES[extname(file)] ?? 'application/octet-stream') : 'text/plain';
  const gzip = Boolean(file) && COMPRESSIBLE.test(type) && /\bgzip\b/.test(acceptEncoding);
  response.writeHead(status, {
    ...headers,
    'Content-Type': type,
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  if (!file) {
    response.end();
    return;
  }
  const stream = createReadStream(file).on('error', () => response.end());
  if (gzip) stream.pipe(createGzip()).pipe(response);
  else stream.pipe(response);
}
