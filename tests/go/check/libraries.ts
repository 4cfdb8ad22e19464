import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a module the examples import comes from when the Go module proxy is unreachable. */
export type LibrarySource =
  /** Debian sid's package with the module's sources, and the version tests/go/go.mod was pinned from. */
  | { debian: string; debianVersion: string }
  /** Not in Debian: compiled only where the module proxy is reachable. */
  | { unavailable: string }
  /** Not a published module at all (generated code): never compiled. */
  | { generated: string };

export interface Libraries {
  /** Module path → its source, as in tests/go/libraries.json. */
  modules: Map<string, LibrarySource>;
  /** Module path → version, from the `require` lines of tests/go/go.mod. */
  required: Map<string, string>;
  /** The text of tests/go/go.mod, which becomes the workspace's go.mod. */
  goMod: string;
}

export const LIBRARIES_FILE = 'tests/go/libraries.json';
export const GO_MOD_FILE = 'tests/go/go.mod';

export function loadLibraries(root: string): Libraries {
  const json = readFileSync(join(root, LIBRARIES_FILE), 'utf8');
  const goMod = readFileSync(join(root, GO_MOD_FILE), 'utf8');
  const parsed = JSON.parse(json) as { modules?: Record<string, unknown> };
  const modules = new Map<string, LibrarySource>();
  for (const [path, source] of Object.entries(parsed.modules ?? {})) modules.set(path, validSource(path, source));
  return { modules, required: parseRequires(goMod), goMod };
}

function validSource(path: string, source: unknown): LibrarySource {
  const entry = (source ?? {}) as Record<string, unknown>;
  const text = (key: string) => typeof entry[key] === 'string' && entry[key] !== '';
  if (text('debian') && text('debianVersion')) return entry as { debian: string; debianVersion: string };
  if (text('unavailable')) return entry as { unavailable: string };
  if (text('generated')) return entry as { generated: string };
  throw new Error(
    `${LIBRARIES_FILE}: "${path}" needs "debian" and "debianVersion", or "unavailable" (why Debian lacks it), or "generated".`,
  );
}

/** Every Debian package the libraries name, with the version the pins were read from. */
export function debianPins(libraries: Libraries): Map<string, string> {
  const pins = new Map<string, string>();
  for (const source of libraries.modules.values())
    if ('debian' in source) pins.set(source.debian, source.debianVersion);
  return pins;
}

/** The `require` lines of a go.mod, single and in blocks. */
export function parseRequires(goMod: string): Map<string, string> {
  const required = new Map<string, string>();
  const withoutComments = goMod.replace(/\/\/.*$/gm, '');
  const blocks = [...withoutComments.matchAll(/^require\s*\(([\s\S]*?)\)/gm)].map((match) => match[1] ?? '');
  const singles = [...withoutComments.matchAll(/^require\s+([^\s(]+\s+\S+)\s*$/gm)].map((match) => match[1] ?? '');
  for (const line of [...blocks.flatMap((block) => block.split('\n')), ...singles]) {
    const [path, version] = line.trim().split(/\s+/);
    if (path && version) required.set(path, version);
  }
  return required;
}

/** Standard library packages have no dot in their first path element ("net/http", not "go.dev/x"). */
export function isStandard(importPath: string): boolean {
  return !(importPath.split('/')[0] ?? '').includes('.');
}

/** The listed module an import path belongs to: the longest module path it starts with. */
export function moduleOf(importPath: string, modules: ReadonlyMap<string, unknown>): string | undefined {
  let best: string | undefined;
  for (const module of modules.keys()) {
    const inside = importPath === module || importPath.startsWith(`${module}/`);
    if (inside && module.length > (best?.length ?? 0)) best = module;
  }
  return best;
}
